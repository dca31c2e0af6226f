import { graphql } from '../../../graphql/generated';

/** Signing in, the second factor, password links. */

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      state
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const VerifyTotpMutation = graphql(`
  mutation VerifyTotp($code: String!) {
    verifyTotp(code: $code) {
      state
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const UseRecoveryCodeMutation = graphql(`
  mutation UseRecoveryCode($code: String!) {
    useRecoveryCode(code: $code) {
      state
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const StartTotpEnrollmentMutation = graphql(`
  mutation StartTotpEnrollment {
    startTotpEnrollment {
      secret
      qrCodeDataUrl
      otpauthUri
    }
  }
`);

export const ConfirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code) {
      codes
    }
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($password: String!) {
    regenerateRecoveryCodes(password: $password) {
      codes
    }
  }
`);

export const PasswordLinkQuery = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) {
      valid
      kind
    }
  }
`);

export const SetPasswordMutation = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input)
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
