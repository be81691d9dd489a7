// A labelled textarea (GOV.UK textarea), with GOV.UK's character count when maxLength is given: the visible
// count updates as you type; screen readers hear it once typing pauses, so it does not talk over every key.
import { useEffect, useState, type ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError } from './field-parts';

export interface TextAreaProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  /** Shows "You have N characters remaining"; longer text is allowed but marked, as GOV.UK does. */
  maxLength?: number;
}

function countMessage(length: number, max: number): string {
  const left = max - length;
  const characters = (n: number) => (n === 1 ? 'character' : 'characters');
  return left >= 0
    ? `You have ${left.toLocaleString('en-GB')} ${characters(left)} remaining`
    : `You have ${(-left).toLocaleString('en-GB')} ${characters(-left)} too many`;
}

function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const message = countMessage(length, max);
  const [announced, setAnnounced] = useState(message);

  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(message), 1000);
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <>
      <div id={`${id}-info`} className="visually-hidden">
        {`You can enter up to ${max.toLocaleString('en-GB')} characters`}
      </div>
      <div aria-hidden="true" className={length > max ? 'character-count character-count--over' : 'character-count'}>
        {message}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {announced}
      </div>
    </>
  );
}

export function TextArea(props: TextAreaProps) {
  const { id, label, error, value, onChange, rows = 5, maxLength } = props;
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <HintAndError {...props} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={
          error || (maxLength !== undefined && value.length > maxLength) ? 'textarea textarea--error' : 'textarea'
        }
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(props, maxLength === undefined ? undefined : `${id}-info`)}
        aria-invalid={error ? true : undefined}
      />
      {maxLength === undefined ? null : <CharacterCount id={id} length={value.length} max={maxLength} />}
    </FormGroup>
  );
}
