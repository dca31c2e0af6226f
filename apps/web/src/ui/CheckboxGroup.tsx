import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './cx';
import './CheckboxGroup.css';

export interface CheckboxOption {
  value: string;
  label: string;
  /** Language of the label, when it differs from the page's. */
  lang?: string;
}

export interface CheckboxGroupProps {
  /** Names the group (a fieldset legend). */
  legend: ReactNode;
  hint?: ReactNode;
  /** When set, the group is marked invalid and this text is announced with it. */
  error?: ReactNode;
  name: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Lay short labels out in columns (languages); one per line otherwise. */
  columns?: boolean;
}

/**
 * Several choices from a list: a fieldset of checkboxes, its legend, hint and error announced with
 * the group. Easier on phones and keyboards than a multiple `<select>`. The value keeps the order of
 * `options`; values not among the options are kept as they are.
 */
export function CheckboxGroup({
  legend,
  hint,
  error,
  name,
  options,
  value,
  onChange,
  columns = false,
}: CheckboxGroupProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  const chosen = new Set(value);

  function toggle(option: string, checked: boolean) {
    const next = new Set(chosen);
    if (checked) next.add(option);
    else next.delete(option);
    const known = options.map((o) => o.value);
    onChange([...known.filter((v) => next.has(v)), ...[...next].filter((v) => !known.includes(v))]);
  }

  return (
    <fieldset
      className="ui-checkbox-group"
      data-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <legend className="ui-checkbox-group__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="ui-checkbox-group__hint">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="ui-checkbox-group__error">
          <span className="visually-hidden">{t('ui.errorPrefix')} </span>
          {error}
        </p>
      )}
      <ul className={cx('ui-checkbox-group__options', columns && 'ui-checkbox-group__options--columns')}>
        {options.map((option) => (
          <li key={option.value}>
            <label className="ui-checkbox">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={chosen.has(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span lang={option.lang}>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}

/** One checkbox with its label (the label is the click target too). */
export function Checkbox({ label, checked, onChange, name }: CheckboxProps) {
  return (
    <label className="ui-checkbox">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
