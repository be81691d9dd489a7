// A case study's outcome figures as an accessible table: a caption, column and row headers (th scope), the
// change in numbers and in words (better / worse, which depends on the scale), never colour alone.
import { ScrollableTable } from '../../components/scrollable-table';
import { changeWords, formatChange, formatNumber, statisticLabel } from './evidence-labels';

export interface OutcomeRow {
  measure: { id: string; name: string; scaleMin: number; scaleMax: number; higherIsBetter: boolean };
  statistic: string;
  participantsStarted: number;
  participantsCompleted: number;
  before: number;
  after: number;
  beforeOn: string;
  afterOn: string;
}

function day(text: string): string {
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? text
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function OutcomesTable({ outcomes }: { outcomes: OutcomeRow[] }) {
  if (outcomes.length === 0) return null;
  return (
    <ScrollableTable id="outcomes" caption="Outcome measures: group figures before and after">
      <thead>
        <tr>
          <th scope="col">Measure (scale)</th>
          <th scope="col">Figures</th>
          <th scope="col">Started / completed</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o) => {
          const change = o.after - o.before;
          return (
            <tr key={o.measure.id}>
              <th scope="row">
                {o.measure.name}{' '}
                <span className="evidence-table__scale">
                  ({formatNumber(o.measure.scaleMin)}–{formatNumber(o.measure.scaleMax)}
                  {o.measure.higherIsBetter ? '' : ', lower is better'})
                </span>
              </th>
              <td>{statisticLabel(o.statistic)}</td>
              <td>
                {o.participantsStarted} / {o.participantsCompleted}
              </td>
              <td>
                {formatNumber(o.before)} <span className="evidence-table__date">({day(o.beforeOn)})</span>
              </td>
              <td>
                {formatNumber(o.after)} <span className="evidence-table__date">({day(o.afterOn)})</span>
              </td>
              <td>
                {formatChange(change)} ({changeWords(change, o.measure.higherIsBetter)})
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}
