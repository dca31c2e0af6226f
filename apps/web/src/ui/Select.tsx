import type { Ref, SelectHTMLAttributes } from 'react';
import { cx } from './cx';
import { useFormField } from './FormField';
import './Select.css';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native drop-down list (keyboard, screen readers and phones handle it well). Inside a FormField
 * it takes the field's id, and its hint and error descriptions.
 */
export function Select({ className, id, ref, children, ...rest }: SelectProps) {
  const field = useFormField();
  const describedBy = [rest['aria-describedby'], field?.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <select
      {...rest}
      ref={ref}
      id={id ?? field?.id}
      className={cx('ui-select', className)}
      aria-describedby={describedBy}
      aria-invalid={field?.invalid || rest['aria-invalid'] || undefined}
    >
      {children}
    </select>
  );
}
