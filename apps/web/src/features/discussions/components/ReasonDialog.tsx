import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { TextArea } from '../../../ui/TextArea';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { useDiscussionFieldErrors } from '../lib/errors';

export interface ReasonDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** What happens, in a sentence or two. */
  body?: ReactNode;
  /** Asks for a reason (flags, moderator actions); a plain confirmation otherwise. */
  withReason?: boolean;
  reasonLabel?: string;
  reasonHint?: string;
  confirmLabel: string;
  danger?: boolean;
  /** More fields above the reason (the category a thread moves to). */
  children?: ReactNode;
  /** Checks the extra fields; returns a message to show, or null. */
  validate?: () => string | null;
  /** Does it; resolves to the error, or null when it worked (the dialog then closes). */
  onConfirm: (reason: string) => Promise<ErrorLike>;
}

/**
 * Confirms an action, with a reason when one is needed: flagging a post, hiding it, dismissing
 * flags, locking, pinning or moving a thread, deleting. The reason goes to the audit log and,
 * for flags, to the moderators.
 */
export function ReasonDialog({
  open,
  onClose,
  title,
  body,
  withReason = true,
  reasonLabel,
  reasonHint,
  confirmLabel,
  danger = false,
  children,
  validate,
  onConfirm,
}: ReasonDialogProps) {
  const { t } = useTranslation('discussions');
  const formId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [extraProblem, setExtraProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [busy, setBusy] = useState(false);
  const serverErrors = useDiscussionFieldErrors(failure);
  const [wasOpen, setWasOpen] = useState(open);
  // Each opening starts with an empty form.
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setReason('');
      setProblem(null);
      setExtraProblem(null);
      setFailure(null);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const extra = validate?.() ?? null;
    setExtraProblem(extra);
    const text = reason.trim();
    if (withReason && text.length < DISCUSSION_LIMITS.reasonMin) {
      setProblem(t('reason.tooShort', { min: DISCUSSION_LIMITS.reasonMin }));
      reasonRef.current?.focus();
      return;
    }
    if (extra) return;
    setProblem(null);
    setBusy(true);
    const error = await onConfirm(text);
    setBusy(false);
    setFailure(error);
    if (!error) onClose();
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" form={formId} variant={danger ? 'danger' : 'primary'} busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)} className="discussions-form">
        {body && <div className="discussions-dialog__body">{body}</div>}
        {children}
        {extraProblem && (
          <p className="ui-field__error" role="alert">
            {extraProblem}
          </p>
        )}
        {withReason && (
          <FormField
            label={reasonLabel ?? t('reason.label')}
            hint={reasonHint}
            error={problem ?? serverErrors.reason}
          >
            <TextArea
              ref={reasonRef}
              name="reason"
              required
              dir="auto"
              rows={4}
              maxLength={DISCUSSION_LIMITS.reasonMax}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </FormField>
        )}
        <FormError error={failure} shownFields={['reason']} />
      </form>
    </Dialog>
  );
}
