// A case study's structured answers (setting, activities, referral route, group, benefits, measurement, what
// worked, what they would change) as a summary list, in the words the form uses (labels from @heritage/shared).
import {
  ACTIVITY_TYPE_LABELS,
  HERITAGE_SETTING_LABELS,
  WELLBEING_BENEFIT_LABELS,
  type ActivityType,
  type HeritageSetting,
  type WellbeingBenefit,
} from '@heritage/shared';
import { SummaryList, type SummaryListRow } from '../../components/forms';
import { evidenceTypeLabel, sixWayLabel } from '../evidence/evidence-labels';
import { OutcomesTable } from '../evidence/outcomes-table';
import type { ThreadPageQuery } from '../../gql/graphql';

type CaseStudy = NonNullable<NonNullable<ThreadPageQuery['thread']>['caseStudy']>;

/** Labels in the shared vocabulary's order, whatever order the values came in. */
function labelsOf<T extends string>(values: readonly string[], labels: Record<T, string>): string[] {
  return (Object.keys(labels) as T[]).filter((key) => values.includes(key)).map((key) => labels[key]);
}

function BulletList({ items }: { items: string[] }) {
  if (items.length === 0) return <>Not given</>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="list list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Text({ value }: { value: string | null | undefined }) {
  return value?.trim() ? <span className="preserve-lines">{value}</span> : <>Not given</>;
}

/** A web address as a link; a DOI as a link to doi.org. */
function EvidenceLink({ link }: { link: string }) {
  const href = /^10\.\d{4,9}\//.test(link) ? `https://doi.org/${link}` : link;
  return /^https?:\/\//.test(href) ? (
    <a href={href} rel="noopener noreferrer">
      {link}
    </a>
  ) : (
    <>{link}</>
  );
}

export function CaseStudySummary({ caseStudy }: { caseStudy: CaseStudy }) {
  const rows: SummaryListRow[] = [
    { key: 'Setting', value: HERITAGE_SETTING_LABELS[caseStudy.setting as HeritageSetting] ?? caseStudy.setting },
    {
      key: 'Activities',
      value: <BulletList items={labelsOf<ActivityType>(caseStudy.activityTypes, ACTIVITY_TYPE_LABELS)} />,
    },
    { key: 'Referral route', value: <Text value={caseStudy.referralRoute} /> },
    {
      key: 'Group size',
      value:
        caseStudy.groupSize === null || caseStudy.groupSize === undefined ? 'Not given' : String(caseStudy.groupSize),
    },
    { key: 'Duration', value: <Text value={caseStudy.duration} /> },
    {
      key: 'Wellbeing benefits',
      value: <BulletList items={labelsOf<WellbeingBenefit>(caseStudy.benefits, WELLBEING_BENEFIT_LABELS)} />,
    },
    { key: 'How benefits were measured', value: <Text value={caseStudy.measurement} /> },
    { key: 'What worked', value: <Text value={caseStudy.whatWorked} /> },
    { key: 'What they would change', value: <Text value={caseStudy.wouldChange} /> },
    { key: 'Ways into wellbeing', value: <BulletList items={(caseStudy.sixWays ?? []).map(sixWayLabel)} /> },
    {
      key: 'Kind of evidence',
      value: caseStudy.evidenceType ? evidenceTypeLabel(caseStudy.evidenceType) : 'Not given',
    },
    ...(caseStudy.evidenceLink ? [{ key: 'Link or DOI', value: <EvidenceLink link={caseStudy.evidenceLink} /> }] : []),
  ];
  return (
    <section aria-labelledby="case-study-heading" className="case-study-summary">
      <h2 id="case-study-heading">Case study summary</h2>
      <SummaryList rows={rows} />
      <OutcomesTable outcomes={caseStudy.outcomes ?? []} />
    </section>
  );
}
