// GOV.UK's date input (day, month, year) with a time, for an event's start and end.
import type { ReactNode } from 'react';
import { errorId, FieldError, hintId } from '../../components/field-parts';

/** GOV.UK's date input (day, month, year) with a time, in one fieldset; the day takes the field's id. */
export function DateTimeFields({
  id,
  legend,
  hint,
  error,
  day,
  month,
  year,
  time,
  onDay,
  onMonth,
  onYear,
  onTime,
}: {
  id: string;
  legend: string;
  hint: ReactNode;
  error?: string;
  day: string;
  month: string;
  year: string;
  time: string;
  onDay: (v: string) => void;
  onMonth: (v: string) => void;
  onYear: (v: string) => void;
  onTime: (v: string) => void;
}) {
  const describedBy = [hintId(id), error ? errorId(id) : null].filter(Boolean).join(' ');
  const input = (width: number) => `input input--width-${width}${error ? ' input--error' : ''}`;
  const part = (
    inputId: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    width: number,
    numeric = true,
  ) => (
    <div className="date-input__item">
      <label htmlFor={inputId} className="label date-input__label">
        {label}
      </label>
      <input
        id={inputId}
        name={inputId}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        className={input(width)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy}>
        <legend className="fieldset__legend">{legend}</legend>
        <div id={hintId(id)} className="hint">
          {hint}
        </div>
        {error ? <FieldError id={id}>{error}</FieldError> : null}
        <div className="date-input">
          {part(id, 'Day', day, onDay, 2)}
          {part(`${id}-month`, 'Month', month, onMonth, 2)}
          {part(`${id}-year`, 'Year', year, onYear, 4)}
          {part(`${id}-time`, 'Time', time, onTime, 5, false)}
        </div>
      </fieldset>
    </div>
  );
}
