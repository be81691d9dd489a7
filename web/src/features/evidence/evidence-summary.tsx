// An evidence summary as the API sends it (small numbers already withheld): the counts, the chart, and a
// table with the same figures. Shared by the evidence page and the impact report.
import { SummaryList } from '../../components/forms';
import type { EvidenceSummaryFieldsFragment } from '../../gql/graphql';
import { ScrollableTable } from '../../components/scrollable-table';
import { ChangeChart } from './change-chart';
import { changeWords, formatChange, formatNumber } from './evidence-labels';

export function EvidenceSummaryView({ summary, idBase }: { summary: EvidenceSummaryFieldsFragment; idBase: string }) {
  const headingId = `${idBase}-measures-heading`;
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Case studies', value: summary.caseStudies.text },
          { key: 'Participants', value: summary.participants.text },
        ]}
      />
      <h3 id={headingId}>Change in wellbeing measures</h3>
      {summary.measures.length === 0 ? (
        <p>None of these case studies report outcome measures.</p>
      ) : (
        <>
          <ChangeChart measures={summary.measures} headingId={headingId} />
          <ScrollableTable id={`${idBase}-measures`} caption="Change from before to after, by measure">
            <thead>
              <tr>
                <th scope="col">Measure (scale)</th>
                <th scope="col">Case studies</th>
                <th scope="col">Participants</th>
                <th scope="col">Median change</th>
                <th scope="col">Range of changes</th>
              </tr>
            </thead>
            <tbody>
              {summary.measures.map((m) => (
                <tr key={m.measure.id}>
                  <th scope="row">
                    {m.measure.name} ({formatNumber(m.measure.scaleMin)}–{formatNumber(m.measure.scaleMax)}
                    {m.measure.higherIsBetter ? '' : ', lower is better'})
                  </th>
                  <td>{m.studies.text}</td>
                  <td>{m.participants.text}</td>
                  <td>
                    {m.medianChange == null
                      ? 'Not shown'
                      : `${formatChange(m.medianChange)} (${changeWords(m.medianChange, m.measure.higherIsBetter)})`}
                  </td>
                  <td>
                    {m.smallestChange == null || m.largestChange == null
                      ? 'Not shown'
                      : `${formatChange(m.smallestChange)} to ${formatChange(m.largestChange)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollableTable>
        </>
      )}
    </>
  );
}
