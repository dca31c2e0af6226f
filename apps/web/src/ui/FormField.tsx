import { createContext, use, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './FormField.css';

interface FormFieldContextValue {
  id: string;
  /** Ids of the hint and the error, in reading order; undefined when there is neither. */
  describedBy: string | undefined;
  invalid: boolean;
}

const FormFieldContext = createContext<FormFieldContextValue | null>(null);

/** The field a control sits in, if any: its id and the ids that describe it. */
export function useFormField(): FormFieldContextValue | null {
  return use(FormFieldContext);
}

export interface FormFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** When set, the control is marked invalid and this text is announced with it. */
  error?: ReactNode;
  /** Id for the control; generated when omitted. */
  id?: string;
  children: ReactNode;
}

/**
 * Label, optional hint and error text for one control. The control (TextInput, or any control that
 * calls useFormField) receives the id, `aria-describedby` (hint, then error) and `aria-invalid`.
 */
export function FormField({ label, hint, error, id, children }: FormFieldProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const invalid = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="ui-field" data-invalid={invalid || undefined}>
      <label className="ui-field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={errorId} className="ui-field__error">
          <span className="visually-hidden">{t('ui.errorPrefix')} </span>
          {error}
        </p>
      )}
      <FormFieldContext value={{ id: controlId, describedBy, invalid }}>{children}</FormFieldContext>
    </div>
  );
}
