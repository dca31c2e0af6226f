import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './cx';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /**
   * Work in progress: the button keeps its place in the tab order and its label, shows a spinner,
   * tells screen readers it is working, and ignores clicks (no double submit).
   */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  children,
  onClick,
  ref,
  ...rest
}: ButtonProps) {
  const { t } = useTranslation();

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      className={cx('ui-button', `ui-button--${variant}`, busy && 'ui-button--busy', className)}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {busy && <span className="ui-button__spinner" aria-hidden="true" />}
      <span className="ui-button__label">{children}</span>
      {busy && <span className="visually-hidden">{t('ui.busy')}</span>}
    </button>
  );
}
