// The signed-in member's own profile (for editing), one member's profile page, and saving a profile.
import { graphql } from '../../gql';

export const MyProfileQuery = graphql(`
  query MyProfile {
    myProfile {
      id
      displayName
      pronouns
      organisation
      jobTitle
      sector
      sectorOther
      region
      bio
      interests
      activityTypes
      takesReferrals
      email
      showEmail
    }
  }
`);

export const MemberPageQuery = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) {
      id
      displayName
      pronouns
      organisation
      jobTitle
      sector
      sectorOther
      region
      bioHtml
      interests
      activityTypes
      takesReferrals
      email
      roles
      memberSince
      status
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      pronouns
      organisation
      jobTitle
      sector
      sectorOther
      region
      bio
      bioHtml
      interests
      activityTypes
      takesReferrals
      email
      showEmail
    }
  }
`);
