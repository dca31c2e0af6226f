import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { useFocusOnError } from '../../identity/hooks/useFocusOnError';
import { restoreBackup, type BackupKind, type RestoreBackupResult } from '../lib/backup';
import './KeyBackup.css';

export interface RestoreBackupDialogProps {
  open: boolean;
  /** How the backup opens: the field asks for a passphrase or a recovery key. */
  kind: BackupKind;
  userId: string;
  onClose: () => void;
  /** Restored: this many messages can now be read here. */
  onDone: (restored: number) => void;
  /** The backup is gone or unreadable: the section reads its status again. */
  onStale: () => void;
}

/**
 * Restoring the key backup on this browser: the passphrase (Argon2id runs for a second or so, said
 * while it runs) or the recovery key. A wrong one is said in the field; nothing is kept then.
 */
export function RestoreBackupDialog({
  open,
  kind,
  userId,
  onClose,
  onDone,
  onStale,
}: RestoreBackupDialogProps) {
  const { t } = useTranslation('e2e');
  return (
    <Dialog open={open} onClose={onClose} title={t('backup.restore.title')}>
      {open && (
        <RestoreForm kind={kind} userId={userId} onCancel={onClose} onDone={onDone} onStale={onStale} />
      )}
    </Dialog>
  );
}

type Failure = Exclude<RestoreBackupResult, { ok: true }>['reason'] | 'required' | 'network';

function RestoreForm({
  kind,
  userId,
  onCancel,
  onDone,
  onStale,
}: {
  kind: BackupKind;
  userId: string;
  onCancel: () => void;
  onDone: (restored: number) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation('e2e');
  const client = useClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const [text, setText] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const passphrase = kind === 'passphrase';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setFailure('required');
      focusOnError();
      return;
    }
    setBusy(true);
    setFailure(null);
    let result: RestoreBackupResult;
    try {
      result = await restoreBackup(
        client,
        userId,
        passphrase ? { passphrase: text } : { recoveryText: text },
      );
    } catch {
      setBusy(false);
      setFailure('network');
      return;
    }
    setBusy(false);
    if (result.ok) {
      onDone(result.restored);
      return;
    }
    setFailure(result.reason);
    if (result.reason === 'none' || result.reason === 'malformed') onStale();
    else focusOnError();
  }

  const fieldError =
    failure === 'required'
      ? passphrase
        ? t('backup.restore.requiredPassphrase')
        : t('backup.restore.requiredRecoveryKey')
      : failure === 'wrong-passphrase'
        ? passphrase
          ? t('backup.restore.wrongPassphrase')
          : t('backup.restore.wrongRecoveryKey')
        : failure === 'not-a-recovery-key'
          ? t('backup.restore.notRecoveryKey')
          : undefined;
  const formError =
    failure === 'none'
      ? t('backup.restore.none')
      : failure === 'malformed'
        ? t('backup.restore.malformed')
        : failure === 'network'
          ? t('backup.restore.failed')
          : null;

  return (
    <form ref={formRef} className="backup-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <p>{passphrase ? t('backup.restore.leadPassphrase') : t('backup.restore.leadRecoveryKey')}</p>
      {passphrase ? (
        <>
          <FormField label={t('backup.restore.passphrase')} error={fieldError}>
            <TextInput
              name="backupPassphrase"
              type={show ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setFailure(null);
              }}
            />
          </FormField>
          <Checkbox label={t('backup.showPassphrase')} checked={show} onChange={setShow} />
        </>
      ) : (
        <FormField
          label={t('backup.restore.recoveryKey')}
          hint={t('backup.restore.recoveryKeyHint')}
          error={fieldError}
        >
          <TextInput
            name="recoveryKey"
            className="backup-key-input"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            translate="no"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFailure(null);
            }}
          />
        </FormField>
      )}
      <div role="status" className="backup-form__status">
        {busy && <p>{t('backup.restore.working')}</p>}
      </div>
      <div role="alert">{formError && <p className="backup-warning">{formError}</p>}</div>
      <div className="backup-form__actions">
        <Button type="submit" busy={busy}>
          {t('backup.restore.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('backup.cancel')}
        </Button>
      </div>
    </form>
  );
}
