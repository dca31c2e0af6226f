import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './Dialog.css';

export interface DialogProps {
  open: boolean;
  /** Called once the dialog has closed: Escape, the close button, or a `<form method="dialog">`. */
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  /** Actions, shown at the end of the dialog. */
  footer?: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser makes the rest of the page inert,
 * keeps focus inside, and closes it on Escape. It is labelled by its title, and focus goes back to
 * the element that opened it.
 */
export function Dialog({ open, onClose, title, children, footer }: DialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function handleClose() {
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener?.isConnected) opener.focus();
    if (open) onClose();
  }

  return (
    <dialog ref={dialogRef} className="ui-dialog" aria-labelledby={titleId} onClose={handleClose}>
      <div className="ui-dialog__header">
        <h2 id={titleId} className="ui-dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="ui-dialog__close"
          aria-label={t('ui.close')}
          onClick={() => dialogRef.current?.close()}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="ui-dialog__body">{children}</div>
      {footer && <div className="ui-dialog__footer">{footer}</div>}
    </dialog>
  );
}
