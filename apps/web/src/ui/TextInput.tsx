import type { InputHTMLAttributes, Ref } from 'react';
import { cx } from './cx';
import { useFormField } from './FormField';
import './TextInput.css';

export interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

/**
 * A single-line text input. Inside a FormField it takes the field's id, and its hint and error
 * descriptions, so the label and messages are announced with it.
 */
export function TextInput({ className, type = 'text', id, ref, ...rest }: TextInputProps) {
  const field = useFormField();
  const describedBy = [rest['aria-describedby'], field?.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <input
      {...rest}
      ref={ref}
      id={id ?? field?.id}
      type={type}
      className={cx('ui-text-input', className)}
      aria-describedby={describedBy}
      aria-invalid={field?.invalid || rest['aria-invalid'] || undefined}
    />
  );
}
