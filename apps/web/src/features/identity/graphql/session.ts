import { graphql } from '../../../graphql/generated';

/**
 * Session operations. The shell needs the viewer on first load: ViewerProvider sends the same query
 * as text (VIEWER_QUERY_TEXT, checked against this one by session.test.ts) and the header menu loads
 * `SignOutDocument` on use, so no generated document is in the first-load bundle.
 */

/** What the web knows about the signed-in caller. */
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    fullName
    role
    status
    sessionState
    mfaEnabled
    mfaRequired
    locale
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
