// The evidence chart, in plain SVG (no charting library: a few lines and labels need none, and an SVG we
// write ourselves carries exactly the text alternatives and patterns we choose). One row per measure: the
// range of the studies' changes as a bar and the median as a diamond, on a shared axis of "share of the
// scale" with better to the right (a fall in anxiety or loneliness plots as better). Every row also says its
// numbers in words, so nothing depends on colour or on seeing the shapes; the same data is in the table that
// follows the chart. Withheld measures get a line of text and no shapes. The SVG scales to its container, so
// it reads at 320 px.
import { changeWords, formatChange } from './evidence-labels';

export interface ChartMeasure {
  measure: { id: string; name: string; scaleMin: number; scaleMax: number; higherIsBetter: boolean };
  hidden: boolean;
  studies: { text: string };
  medianChange?: number | null;
  smallestChange?: number | null;
  largestChange?: number | null;
}

const WIDTH = 300;
const HEIGHT = 44;
const LEFT = 10;
const RIGHT = WIDTH - 10;
const MID = (LEFT + RIGHT) / 2;
/** The axis runs from −SPAN to +SPAN of the scale's length: wide enough for any real programme's change. */
const SPAN = 0.25;

/** A change on a measure as a share of its scale, better to the right, clamped to the axis. */
function position(change: number, m: ChartMeasure['measure']): number {
  const share = ((m.higherIsBetter ? change : -change) / (m.scaleMax - m.scaleMin)) * (1 / SPAN);
  const clamped = Math.max(-1, Math.min(1, share));
  return MID + clamped * (RIGHT - MID);
}

function describe(m: ChartMeasure): string {
  if (m.hidden || m.medianChange == null || m.smallestChange == null || m.largestChange == null) {
    return `${m.measure.name}: figures not shown (${m.studies.text}).`;
  }
  return (
    `${m.measure.name}: median change ${formatChange(m.medianChange)} (${changeWords(m.medianChange, m.measure.higherIsBetter)}), ` +
    `studies ranged from ${formatChange(m.smallestChange)} to ${formatChange(m.largestChange)}, ${m.studies.text} case studies.`
  );
}

function Row({ m, index }: { m: ChartMeasure; index: number }) {
  const id = `change-chart-${index}`;
  const text = describe(m);
  if (m.hidden || m.medianChange == null || m.smallestChange == null || m.largestChange == null) {
    return (
      <li className="change-chart__row">
        <p className="change-chart__label">{text}</p>
      </li>
    );
  }
  const from = position(m.smallestChange, m.measure);
  const to = position(m.largestChange, m.measure);
  const median = position(m.medianChange, m.measure);
  return (
    <li className="change-chart__row">
      <p className="change-chart__label" id={id}>
        {text}
      </p>
      <svg
        className="change-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={id}
        preserveAspectRatio="xMidYMid meet"
      >
        <line x1={LEFT} x2={RIGHT} y1={22} y2={22} className="change-chart__axis" />
        <line x1={MID} x2={MID} y1={6} y2={38} className="change-chart__zero" />
        <rect
          x={Math.min(from, to)}
          y={16}
          width={Math.max(Math.abs(to - from), 2)}
          height={12}
          className="change-chart__range"
        />
        <path
          d={`M ${median} 10 L ${median + 8} 22 L ${median} 34 L ${median - 8} 22 Z`}
          className="change-chart__median"
        />
      </svg>
    </li>
  );
}

export function ChangeChart({ measures, headingId }: { measures: ChartMeasure[]; headingId: string }) {
  return (
    <figure className="change-chart" aria-labelledby={headingId}>
      <div className="change-chart__key" aria-hidden="true">
        <span>← worse</span>
        <span>no change</span>
        <span>better →</span>
      </div>
      <ul className="change-chart__rows">
        {measures.map((m, i) => (
          <Row key={m.measure.id} m={m} index={i} />
        ))}
      </ul>
      <figcaption className="hint">
        Each bar runs from the smallest to the largest change a case study reported; the diamond marks the median. The
        axis is a quarter of each measure’s scale either side of no change, with better to the right (for anxiety and
        loneliness a fall is better). The table below has the same figures.
      </figcaption>
    </figure>
  );
}
