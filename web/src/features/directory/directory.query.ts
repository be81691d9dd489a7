// The member directory: active members matching every filter given, in name order, one keyset page at a time.
import { graphql } from '../../gql';

export const DirectoryQuery = graphql(`
  query Directory(
    $search: String
    $sector: Sector
    $region: Region
    $interest: WellbeingBenefit
    $takesReferrals: Boolean
    $first: Int
    $after: String
  ) {
    directory(
      search: $search
      sector: $sector
      region: $region
      interest: $interest
      takesReferrals: $takesReferrals
      first: $first
      after: $after
    ) {
      nodes {
        id
        displayName
        pronouns
        organisation
        jobTitle
        sector
        sectorOther
        region
        takesReferrals
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
