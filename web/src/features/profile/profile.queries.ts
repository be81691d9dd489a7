// The signed-in member's own profile (for editing), one member's profile page, and saving a profile.
import { graphql } from '../../gql';

/** What every view of a profile shows. */
export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on MemberProfile {
    id
    displayName
    pronouns
    organisation
    jobTitle
    sector
    sectorOther
    region
    interests
    activityTypes
    takesReferrals
    email
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      ...ProfileFields
      bio
      showEmail
    }
  }
`);

export const MemberPageQuery = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) {
      ...ProfileFields
      bioHtml
      roles
      memberSince
      status
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ProfileFields
      bio
      bioHtml
      showEmail
    }
  }
`);
