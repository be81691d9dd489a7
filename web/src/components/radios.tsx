// GOV.UK radios in a fieldset. The first radio takes the field's id, so an error summary link lands on it.
// An option may reveal more questions when chosen (GOV.UK conditional reveal): the revealed block sits right
// after its radio, is hidden otherwise, and the radio points at it with aria-controls.
import type { ReactNode } from 'react';
import { describedBy, FormGroup, HintAndError, Legend } from './field-parts';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface RadioOption extends ChoiceOption {
  /** Shown below this option while it is selected. */
  conditional?: ReactNode;
}

export interface RadiosProps {
  id: string;
  legend: ReactNode;
  legendAsHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  inline?: boolean;
}

/** GOV.UK's ids for a group of choices: `id`, `id-2`, `id-3`… */
export const choiceId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

export function Radios(props: RadiosProps) {
  const { id, legend, legendAsHeading, options, value, onChange, inline } = props;
  return (
    <FormGroup error={props.error}>
      <fieldset className="fieldset" aria-describedby={describedBy(props)}>
        <Legend asHeading={legendAsHeading}>{legend}</Legend>
        <HintAndError {...props} />
        <div className={inline ? 'radios radios--inline' : 'radios'}>
          {options.map((option, index) => {
            const inputId = choiceId(id, index);
            const conditionalId = `conditional-${inputId}`;
            const checked = value === option.value;
            return (
              <div key={option.value}>
                <div className="radios__item">
                  <input
                    id={inputId}
                    name={id}
                    type="radio"
                    className="radios__input"
                    value={option.value}
                    checked={checked}
                    onChange={() => onChange(option.value)}
                    aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                    aria-controls={option.conditional ? conditionalId : undefined}
                  />
                  <label htmlFor={inputId} className="label radios__label">
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div id={`${inputId}-item-hint`} className="hint radios__hint">
                      {option.hint}
                    </div>
                  ) : null}
                </div>
                {option.conditional ? (
                  <div id={conditionalId} className="radios__conditional" hidden={!checked}>
                    {option.conditional}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
