// A labelled select (GOV.UK select), with an optional empty first choice such as "Choose a region".
import type { ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError } from './field-parts';

export interface SelectProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

export function Select(props: SelectProps) {
  const { id, label, error, options, value, onChange, placeholder } = props;
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <HintAndError {...props} />
      <select
        id={id}
        name={id}
        className={error ? 'select select--error' : 'select'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(props)}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
