import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIGEST_LIMITS } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { TextArea } from '../../../ui/TextArea';
import type { ErrorLike } from '../../identity/graphql/errors';
import { Problem, useDigestFieldErrors, useDigestProblem } from './common';

export interface CommentDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  body?: ReactNode;
  /** Label of the required text (the comment to the author, the reason to archive). */
  label: string;
  hint?: string;
  confirmLabel: string;
  danger?: boolean;
  /** Does it; resolves to the error, or null when it worked (the dialog then closes). */
  onConfirm: (text: string) => Promise<ErrorLike>;
}

/**
 * A moderator's action that needs words: returning a record with a comment, archiving with a
 * reason. The text is required; focus starts in it and goes back to the opener on close.
 */
export function CommentDialog({
  open,
  onClose,
  title,
  body,
  label,
  hint,
  confirmLabel,
  danger = false,
  onConfirm,
}: CommentDialogProps) {
  const { t } = useTranslation('digest');
  const formId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [busy, setBusy] = useState(false);
  const serverErrors = useDigestFieldErrors(failure);
  const describe = useDigestProblem();
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setText('');
      setProblem(null);
      setFailure(null);
    }
  }

  // Focus starts in the text (the dialog has opened by then: its effect runs first).
  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setProblem(t('validation.required'));
      textRef.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    const error = await onConfirm(value);
    setBusy(false);
    setFailure(error);
    if (!error) onClose();
  }

  const fieldError = problem ?? serverErrors.comment ?? serverErrors.reason;

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
      <form id={formId} noValidate onSubmit={(event) => void submit(event)} className="digest-form">
        {body}
        <FormField label={label} hint={hint} error={fieldError}>
          <TextArea
            ref={textRef}
            name="comment"
            required
            dir="auto"
            rows={5}
            maxLength={DIGEST_LIMITS.commentMax}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </FormField>
        {failure && !fieldError && <Problem>{describe(failure)}</Problem>}
      </form>
    </Dialog>
  );
}
