// A labelled text input with optional hint and error (GOV.UK text input).
import type { ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError } from './field-parts';

export interface TextInputProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel';
  autoComplete?: string;
  width?: 'full' | 'half' | 'third';
  /** The label is the page's h1 (one question per page). */
  labelAsHeading?: boolean;
}

export function TextInput(props: TextInputProps) {
  const { id, label, error, value, onChange, type = 'text', autoComplete, width = 'full', labelAsHeading } = props;
  const labelElement = (
    <label htmlFor={id} className={labelAsHeading ? 'label label--l' : 'label'}>
      {label}
    </label>
  );
  return (
    <FormGroup error={error}>
      {labelAsHeading ? (
        <h1 tabIndex={-1} className="label-wrapper">
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      <HintAndError {...props} />
      <input
        id={id}
        name={id}
        type={type}
        className={`input input--${width}${error ? ' input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        aria-describedby={describedBy(props)}
        aria-invalid={error ? true : undefined}
        spellCheck={type === 'email' || type === 'password' ? false : undefined}
      />
    </FormGroup>
  );
}
