// GOV.UK checkboxes: a group in a fieldset (Checkboxes), or one checkbox on its own (Checkbox), such as
// "I agree to…". In a group the first checkbox takes the field's id, so an error summary link lands on it.
import type { ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError, Legend } from './field-parts';
import { choiceId, type ChoiceOption } from './radios';

export interface CheckboxesProps {
  id: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  values: string[];
  onChange: (values: string[]) => void;
}

function CheckboxItem(props: {
  id: string;
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  value?: string;
  hint?: ReactNode;
  describedBy?: string;
  invalid?: boolean;
}) {
  const hintId = props.hint ? `${props.id}-item-hint` : undefined;
  const ids = [hintId, props.describedBy].filter(Boolean).join(' ');
  return (
    <div className="checkboxes__item">
      <input
        id={props.id}
        name={props.name}
        type="checkbox"
        className="checkboxes__input"
        value={props.value}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-describedby={ids || undefined}
        aria-invalid={props.invalid ? true : undefined}
      />
      <label htmlFor={props.id} className="label checkboxes__label">
        {props.label}
      </label>
      {props.hint ? (
        <div id={hintId} className="hint checkboxes__hint">
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}

export function Checkboxes(props: CheckboxesProps) {
  const { id, legend, legendAsHeading, options, values, onChange } = props;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <FormGroup error={props.error}>
      <fieldset className="fieldset" aria-describedby={describedBy(props)}>
        <Legend asHeading={legendAsHeading}>{legend}</Legend>
        <HintAndError {...props} />
        <div className="checkboxes">
          {options.map((option, index) => (
            <CheckboxItem
              key={option.value}
              id={choiceId(id, index)}
              name={id}
              value={option.value}
              label={option.label}
              hint={option.hint}
              checked={values.includes(option.value)}
              onChange={(on) => toggle(option.value, on)}
            />
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  hint?: ReactNode;
}

/** One checkbox on its own; its hint and error sit above it, as in a GOV.UK group. */
export function Checkbox(props: CheckboxProps) {
  const { id, label, checked, onChange, error, hint } = props;
  return (
    <FormGroup error={error}>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="checkboxes">
        <CheckboxItem
          id={id}
          name={id}
          label={label}
          checked={checked}
          onChange={onChange}
          describedBy={describedBy({ id, hint, error })}
          invalid={Boolean(error)}
        />
      </div>
    </FormGroup>
  );
}
