// What members see of the evidence in aggregate: counts that may be suppressed ("fewer than …"), and per
// measure the change from before to after. No type here has a field that could carry a suppressed number.
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { byValue } from '../../common/graphql/enums';
import { OutcomeMeasure } from './outcome-measure.model';
import { FewerThanWhat } from './suppression';

const FewerThanWhatEnum = byValue(
  FewerThanWhat,
  'FewerThanWhat',
  'Why a count is hidden: its cell has too few case studies, or too few participants.',
);

@ObjectType({
  description:
    'A count that is hidden when its cell is built from fewer than 5 case studies or fewer than 10 participants.',
})
export class ShownCountType {
  @Field(() => Int, { nullable: true, description: 'Null when hidden.' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'When hidden: the threshold the cell is below.' })
  fewerThan: number | null;

  @Field(() => FewerThanWhatEnum, { nullable: true })
  fewerThanWhat: FewerThanWhat | null;

  @Field({ description: '“23”, or “fewer than 5 case studies”.' })
  text: string;
}

@ObjectType({ description: 'One measure’s before → after change across the case studies that report it.' })
export class MeasureChange {
  @Field(() => OutcomeMeasure)
  measure: OutcomeMeasure;

  @Field(() => ShownCountType, { description: 'Case studies reporting this measure.' })
  studies: ShownCountType;

  @Field(() => ShownCountType, { description: 'Participants who completed it, across those studies.' })
  participants: ShownCountType;

  @Field({ description: 'true when the figures below are withheld (too few studies or participants).' })
  hidden: boolean;

  @Field(() => Float, { nullable: true, description: 'The median of the studies’ changes (after − before).' })
  medianChange: number | null;

  @Field(() => Float, { nullable: true, description: 'The smallest study change.' })
  smallestChange: number | null;

  @Field(() => Float, { nullable: true, description: 'The largest study change.' })
  largestChange: number | null;
}

@ObjectType({ description: 'The case studies matching a filter, added up, with small numbers suppressed.' })
export class EvidenceSummary {
  @Field(() => ShownCountType)
  caseStudies: ShownCountType;

  @Field(() => ShownCountType, {
    description: 'Participants: each study’s group size, or the most who started one of its measures if larger.',
  })
  participants: ShownCountType;

  @Field(() => [MeasureChange], { description: 'Measures reported by the matching studies, in the list’s order.' })
  measures: MeasureChange[];
}

@ObjectType({ description: 'Members of one sector or region.' })
export class MembershipRow {
  @Field({ description: 'The sector or region value, or NOT_GIVEN.' })
  key: string;

  @Field()
  label: string;

  @Field(() => Int, { description: 'Joined within the report’s dates.' })
  joined: number;

  @Field(() => Int, { description: 'Members at the end of the report’s dates.' })
  total: number;
}

@ObjectType({ description: 'One calendar quarter of the report.' })
export class QuarterRow {
  @Field({ description: 'For example “2026 Q1”.' })
  quarter: string;

  @Field({ description: 'The quarter’s first day (YYYY-MM-DD).' })
  startsOn: string;

  @Field(() => Int, { description: 'Case studies started in the quarter (within the report’s dates).' })
  caseStudies: number;

  @Field(() => Int, { description: 'Events held in the quarter (not cancelled).' })
  events: number;

  @Field(() => Int, { description: 'Referral enquiries about offers sent in the quarter (a count, never content).' })
  enquiriesSent: number;

  @Field(() => Int, { description: 'Referral enquiries the organisation first answered in the quarter.' })
  enquiriesAnswered: number;
}

@ObjectType({
  description:
    'A published offer’s referral enquiries within the report’s dates: counts only, never who asked or what.',
})
export class OfferEnquiryRow {
  @Field(() => ID)
  offerId: string;

  @Field()
  title: string;

  @Field()
  organisation: string;

  @Field(() => Int, { description: 'Enquiries sent within the dates.' })
  enquiriesSent: number;

  @Field(() => Int, { description: 'Enquiries the organisation first answered within the dates.' })
  enquiriesAnswered: number;
}

@ObjectType({ description: 'The impact report for the advisory group and funders, over a date range.' })
export class ImpactReport {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  from: string;

  @Field({ description: 'Last day, included (YYYY-MM-DD).' })
  to: string;

  @Field(() => EvidenceSummary, { description: 'Case studies started within the dates, added up.' })
  evidence: EvidenceSummary;

  @Field(() => [MembershipRow])
  membershipBySector: MembershipRow[];

  @Field(() => [MembershipRow])
  membershipByRegion: MembershipRow[];

  @Field(() => [QuarterRow])
  quarters: QuarterRow[];

  @Field(() => [OfferEnquiryRow], {
    description: 'Published offers with referral enquiries sent or answered within the dates, most enquiries first.',
  })
  offerEnquiries: OfferEnquiryRow[];

  @Field({ description: 'Where to download it as CSV (each download is audited).' })
  csvPath: string;
}
