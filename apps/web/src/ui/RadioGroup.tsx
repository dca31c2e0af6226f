import { useId, type ReactNode } from 'react';
import './RadioGroup.css';

export interface RadioOption<V extends string = string> {
  value: V;
  label: ReactNode;
  /** A sentence under the label, read with it. */
  hint?: ReactNode;
}

export interface RadioGroupProps<V extends string = string> {
  /** Names the group (a fieldset legend). */
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  disabled?: boolean;
}

/**
 * One choice among a few: a fieldset of native radio buttons (arrow keys move between them), each
 * with its label and an optional hint read with it.
 */
export function RadioGroup<V extends string = string>({
  legend,
  hint,
  name,
  options,
  value,
  onChange,
  disabled = false,
}: RadioGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className="ui-radio-group" aria-describedby={hint ? hintId : undefined} disabled={disabled}>
      <legend className="ui-radio-group__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="ui-radio-group__hint">
          {hint}
        </p>
      )}
      <ul className="ui-radio-group__options">
        {options.map((option) => {
          const optionHintId = `${id}-${option.value}-hint`;
          return (
            <li key={option.value}>
              <label className="ui-radio">
                <input
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  onChange={() => onChange(option.value)}
                />
                <span className="ui-radio__text">
                  <span className="ui-radio__label">{option.label}</span>
                  {option.hint && (
                    <span id={optionHintId} className="ui-radio__hint">
                      {option.hint}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
