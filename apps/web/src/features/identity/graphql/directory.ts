import { graphql } from '../../../graphql/generated';

/** One page of the member directory: active members, by name. */
export const DirectoryMembersQuery = graphql(`
  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {
    directory(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        id
        fullName
        photoUrl
        role
        position
        institution
        country
        languages
        focalPoints {
          id
          country
          authority
        }
      }
    }
  }
`);

/** A member's page. Anyone but an active member answers NOT_FOUND. */
export const MemberProfileQuery = graphql(`
  query MemberProfile($id: ID!) {
    member(id: $id) {
      id
      fullName
      photoUrl
      role
      position
      institution
      country
      practitionerType
      languages
      expertise
      bio
      focalPoints {
        id
        country
        authority
        contactHours
      }
    }
  }
`);

/** National focal points of active members, by country then authority. */
export const NationalFocalPointsQuery = graphql(`
  query NationalFocalPoints($country: String) {
    focalPoints(country: $country) {
      id
      country
      authority
      contactHours
      member {
        id
        fullName
        position
        institution
      }
    }
  }
`);
