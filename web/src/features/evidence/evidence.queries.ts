// The evidence pages' GraphQL documents: the measure list, the evidence page's aggregates, the impact report
// and the admins' new measure.
import { graphql } from '../../gql';

export const OutcomeMeasuresQuery = graphql(`
  query OutcomeMeasures {
    outcomeMeasures {
      id
      code
      name
      description
      scaleMin
      scaleMax
      higherIsBetter
      standard
    }
  }
`);

export const EvidenceCountFields = graphql(`
  fragment EvidenceCountFields on ShownCountType {
    value
    fewerThan
    fewerThanWhat
    text
  }
`);

export const EvidenceSummaryFields = graphql(`
  fragment EvidenceSummaryFields on EvidenceSummary {
    caseStudies {
      ...EvidenceCountFields
    }
    participants {
      ...EvidenceCountFields
    }
    measures {
      measure {
        id
        name
        scaleMin
        scaleMax
        higherIsBetter
      }
      studies {
        ...EvidenceCountFields
      }
      participants {
        ...EvidenceCountFields
      }
      hidden
      medianChange
      smallestChange
      largestChange
    }
  }
`);

export const EvidenceSummaryQuery = graphql(`
  query EvidenceSummary($filter: EvidenceFilter) {
    evidenceSummary(filter: $filter) {
      ...EvidenceSummaryFields
    }
  }
`);

export const ImpactReportQuery = graphql(`
  query ImpactReport($from: String!, $to: String!) {
    impactReport(from: $from, to: $to) {
      from
      to
      csvPath
      evidence {
        ...EvidenceSummaryFields
      }
      membershipBySector {
        key
        label
        joined
        total
      }
      membershipByRegion {
        key
        label
        joined
        total
      }
      quarters {
        quarter
        startsOn
        caseStudies
        events
        enquiriesSent
        enquiriesAnswered
      }
      offerEnquiries {
        offerId
        title
        organisation
        enquiriesSent
        enquiriesAnswered
      }
    }
  }
`);

export const CreateOutcomeMeasureMutation = graphql(`
  mutation CreateOutcomeMeasure($input: CreateOutcomeMeasureInput!) {
    createOutcomeMeasure(input: $input) {
      measure {
        id
        name
      }
    }
  }
`);
