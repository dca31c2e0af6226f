import { graphql } from '../../../graphql/generated';

/** Applying for membership and confirming the applicant's e-mail. */

export const ApplyMutation = graphql(`
  mutation Apply($input: ApplyInput!) {
    apply(input: $input)
  }
`);

export const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token)
  }
`);
