import { graphql } from '../../../graphql/generated';

/** The caller's own profile and sessions. */

export const MyProfileFields = graphql(`
  fragment MyProfileFields on MyProfile {
    id
    email
    fullName
    country
    institution
    practitionerType
    position
    languages
    expertise
    bio
    locale
    photoUrl
    status
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      ...MyProfileFields
    }
  }
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: ProfileInput!) {
    updateMyProfile(input: $input) {
      ...MyProfileFields
    }
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      device
      ip
      createdAt
      lastSeenAt
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

export const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);
