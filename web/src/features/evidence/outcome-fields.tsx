// The thread form's evidence fieldset for a case study: the six ways into wellbeing, the kind of evidence and
// its link, and any number of outcome measures with the group's figures before and after. A measure is added
// or removed with a button; focus moves to the new measure's first field, or back to "Add" after removing
// one, so keyboard and screen reader users are never left on a control that has gone.
import { useQuery } from '@apollo/client/react';
import { EVIDENCE_LIMITS } from '@heritage/shared';
import { useEffect, useRef } from 'react';
import { Checkboxes, Radios, Select, TextInput } from '../../components/forms';
import type { EvidenceType, SixWay } from '../../gql/graphql';
import {
  EVIDENCE_TYPE_CHOICES,
  formatNumber,
  isEvidenceType,
  isSixWay,
  isStatistic,
  SIX_WAY_CHOICES,
  STATISTIC_CHOICES,
} from './evidence-labels';
import { OutcomeMeasuresQuery } from './evidence.queries';
import './evidence.css';
import { emptyOutcome, outcomeFieldId, type OutcomeValues } from './outcome-values';

export interface EvidenceValues {
  sixWays: SixWay[];
  evidenceType: EvidenceType | '';
  evidenceLink: string;
  outcomes: OutcomeValues[];
}

export function OutcomeFields({
  values,
  onChange,
  errorFor,
}: {
  values: EvidenceValues;
  onChange: (next: Partial<EvidenceValues>) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { data } = useQuery(OutcomeMeasuresQuery);
  const measures = data?.outcomeMeasures ?? [];
  const focusNext = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusNext.current) return;
    const target = focusNext.current === 'add' ? addButton.current : document.getElementById(focusNext.current);
    focusNext.current = null;
    target?.focus();
  });

  const setOutcome = (index: number, change: Partial<OutcomeValues>) =>
    onChange({ outcomes: values.outcomes.map((o, i) => (i === index ? { ...o, ...change } : o)) });

  function add() {
    focusNext.current = outcomeFieldId(values.outcomes.length, 'measureId');
    onChange({ outcomes: [...values.outcomes, emptyOutcome()] });
  }

  function remove(index: number) {
    focusNext.current = 'add';
    onChange({ outcomes: values.outcomes.filter((_, i) => i !== index) });
  }

  return (
    <fieldset className="fieldset thread-form__group" aria-describedby="case-study-evidence-hint">
      <legend className="fieldset__legend fieldset__legend--m">Evidence (optional)</legend>
      <div id="case-study-evidence-hint" className="hint">
        Structured evidence lets members add up what the community knows. Give figures for the group only: never an
        individual’s score.
      </div>
      <Checkboxes
        id="sixWays"
        legend="Ways into wellbeing"
        hint="Historic England’s six ways into wellbeing that the activity used. Select all that apply."
        options={SIX_WAY_CHOICES}
        values={values.sixWays}
        onChange={(next) => onChange({ sixWays: next.filter(isSixWay) })}
        error={errorFor('sixWays')}
      />
      <Radios
        id="evidenceType"
        legend="What kind of evidence is this?"
        options={EVIDENCE_TYPE_CHOICES.map((c) => ({ ...c }))}
        value={values.evidenceType || null}
        onChange={(value) => onChange({ evidenceType: isEvidenceType(value) ? value : '' })}
        error={errorFor('evidenceType')}
      />
      <TextInput
        id="evidenceLink"
        label="Link or DOI (optional; needed for published research)"
        hint="A web address starting https://, or a DOI such as 10.1234/abcd"
        value={values.evidenceLink}
        onChange={(value) => onChange({ evidenceLink: value })}
        error={errorFor('evidenceLink')}
      />
      <h3 id="outcomes">Outcome measures</h3>
      <p className="hint">
        For each wellbeing or loneliness measure you used: how many took it at the start and at the end (at least{' '}
        {EVIDENCE_LIMITS.minGroup} each), and the group’s mean or median score each time.
      </p>
      {errorFor('outcomes') ? (
        <p className="error-message">
          <span className="visually-hidden">Error:</span> {errorFor('outcomes')}
        </p>
      ) : null}
      {values.outcomes.map((o, i) => {
        const id = (field: string) => outcomeFieldId(i, field);
        const measure = measures.find((m) => m.id === o.measureId);
        const scale = measure
          ? `On the ${measure.name} scale, from ${formatNumber(measure.scaleMin)} to ${formatNumber(measure.scaleMax)}${measure.higherIsBetter ? '' : ' (lower is better)'}.`
          : 'Within the measure’s scale.';
        return (
          <fieldset key={o.key} className="fieldset outcome-fields">
            <legend className="fieldset__legend fieldset__legend--s">Outcome measure {i + 1}</legend>
            <Select
              id={id('measureId')}
              label="Measure"
              placeholder="Choose a measure"
              options={measures.map((m) => ({ value: m.id, label: m.name }))}
              value={o.measureId}
              onChange={(value) => setOutcome(i, { measureId: value })}
              error={errorFor(id('measureId'))}
            />
            <Radios
              id={id('statistic')}
              legend="The figures are the group’s"
              inline
              options={STATISTIC_CHOICES.map((c) => ({ ...c }))}
              value={o.statistic || null}
              onChange={(value) => setOutcome(i, { statistic: isStatistic(value) ? value : '' })}
              error={errorFor(id('statistic'))}
            />
            <div className="outcome-fields__pair">
              <TextInput
                id={id('participantsStarted')}
                label="How many started"
                width="third"
                value={o.participantsStarted}
                onChange={(value) => setOutcome(i, { participantsStarted: value })}
                error={errorFor(id('participantsStarted'))}
              />
              <TextInput
                id={id('participantsCompleted')}
                label="How many completed"
                width="third"
                value={o.participantsCompleted}
                onChange={(value) => setOutcome(i, { participantsCompleted: value })}
                error={errorFor(id('participantsCompleted'))}
              />
            </div>
            <div className="outcome-fields__pair">
              <TextInput
                id={id('before')}
                label="Score before"
                hint={scale}
                width="third"
                value={o.before}
                onChange={(value) => setOutcome(i, { before: value })}
                error={errorFor(id('before'))}
              />
              <TextInput
                id={id('beforeOn')}
                label="Date taken before"
                hint="Year-month-day, for example 2026-03-02"
                width="half"
                value={o.beforeOn}
                onChange={(value) => setOutcome(i, { beforeOn: value })}
                error={errorFor(id('beforeOn'))}
              />
            </div>
            <div className="outcome-fields__pair">
              <TextInput
                id={id('after')}
                label="Score after"
                hint={scale}
                width="third"
                value={o.after}
                onChange={(value) => setOutcome(i, { after: value })}
                error={errorFor(id('after'))}
              />
              <TextInput
                id={id('afterOn')}
                label="Date taken after"
                hint="Year-month-day, for example 2026-05-11"
                width="half"
                value={o.afterOn}
                onChange={(value) => setOutcome(i, { afterOn: value })}
                error={errorFor(id('afterOn'))}
              />
            </div>
            <button type="button" className="button button--secondary" onClick={() => remove(i)}>
              Remove outcome measure {i + 1}
            </button>
          </fieldset>
        );
      })}
      {values.outcomes.length < EVIDENCE_LIMITS.outcomesMax ? (
        <button ref={addButton} type="button" className="button button--secondary" onClick={add}>
          Add an outcome measure
        </button>
      ) : null}
    </fieldset>
  );
}
