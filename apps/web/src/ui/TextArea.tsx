import type { Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './cx';
import { useFormField } from './FormField';
import './TextArea.css';

export interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  ref?: Ref<HTMLTextAreaElement>;
}

/** A multi-line text input. Inside a FormField it takes the field's id and descriptions. */
export function TextArea({ className, id, rows = 4, ref, ...rest }: TextAreaProps) {
  const field = useFormField();
  const describedBy = [rest['aria-describedby'], field?.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <textarea
      {...rest}
      ref={ref}
      id={id ?? field?.id}
      rows={rows}
      className={cx('ui-text-area', className)}
      aria-describedby={describedBy}
      aria-invalid={field?.invalid || rest['aria-invalid'] || undefined}
    />
  );
}
