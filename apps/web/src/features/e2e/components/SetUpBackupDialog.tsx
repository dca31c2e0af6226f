import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { createRecoveryKey, type RecoveryKey } from '@cop/crypto';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { useFocusOnError } from '../../identity/hooks/useFocusOnError';
import {
  BACKUP_PASSPHRASE_MAX,
  BACKUP_PASSPHRASE_MIN,
  checkBackupPassphrase,
  setUpBackup,
  type BackupSecret,
  type PassphraseProblem,
} from '../lib/backup';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import './KeyBackup.css';

/**
 * `new`: no backup yet; `change`: a new passphrase or recovery key for the backup this browser
 * keeps (its keys come along); `replace`: a new backup in place of one made elsewhere.
 */
export type SetUpBackupMode = 'new' | 'change' | 'replace';

export interface SetUpBackupDialogProps {
  open: boolean;
  mode: SetUpBackupMode;
  userId: string;
  onClose: () => void;
  /** The backup is saved (with this many message keys). */
  onDone: (keys: number) => void;
}

/**
 * Setting up the key backup: a passphrase (typed twice, refused with its reason when weak) or a
 * recovery key shown once (copy, and "I have written it down" before finishing). When a backup
 * made elsewhere turns up, asks before replacing it.
 */
export function SetUpBackupDialog({ open, mode, userId, onClose, onDone }: SetUpBackupDialogProps) {
  const { t } = useTranslation('e2e');
  const title =
    mode === 'change'
      ? t('backup.setup.titleChange')
      : mode === 'replace'
        ? t('backup.setup.titleReplace')
        : t('backup.setup.title');
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      {open && <SetUpBackupForm mode={mode} userId={userId} onCancel={onClose} onDone={onDone} />}
    </Dialog>
  );
}

type Method = 'passphrase' | 'recoveryKey';

interface FormErrors {
  passphrase?: string;
  confirmation?: string;
}

function SetUpBackupForm({
  mode,
  userId,
  onCancel,
  onDone,
}: {
  mode: SetUpBackupMode;
  userId: string;
  onCancel: () => void;
  onDone: (keys: number) => void;
}) {
  const { t } = useTranslation('e2e');
  const client = useClient();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const keyLabelId = useId();
  const [method, setMethod] = useState<Method | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [show, setShow] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<RecoveryKey | null>(null);
  const [written, setWritten] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // A backup made elsewhere turned up: the member confirms before it is replaced.
  const [confirmReplace, setConfirmReplace] = useState(false);

  function problemText(problem: PassphraseProblem): string {
    return t(`backup.problem.${problem}`, { min: BACKUP_PASSPHRASE_MIN, max: BACKUP_PASSPHRASE_MAX });
  }

  function choose(next: Method) {
    setMethod(next);
    setErrors({});
    // Made once, when first asked for: shown only in this dialog, never stored as it is.
    if (next === 'recoveryKey' && !recoveryKey) setRecoveryKey(createRecoveryKey());
  }

  function secret(): BackupSecret | null {
    if (method === 'passphrase') return { passphrase };
    if (method === 'recoveryKey' && recoveryKey) return { recoveryKey: recoveryKey.key };
    return null;
  }

  async function save(replace: boolean) {
    const chosen = secret();
    if (busy || !chosen) return;
    setBusy(true);
    setFailed(false);
    try {
      const result = await setUpBackup(client, userId, chosen, { replace });
      if (result.ok) {
        onDone(result.keys);
        return;
      }
      if (result.reason === 'exists') {
        setConfirmReplace(true);
        // After the warning renders: its action is where the keyboard continues.
        window.setTimeout(() => replaceRef.current?.focus(), 0);
      } else {
        setErrors({ passphrase: problemText(result.problem) });
        setConfirmReplace(false);
        focusOnError();
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (method === 'passphrase') {
      const next: FormErrors = {};
      const problem = passphrase ? checkBackupPassphrase(passphrase) : null;
      if (!passphrase) next.passphrase = t('backup.setup.required');
      else if (problem) next.passphrase = problemText(problem);
      if (passphrase && confirmation !== passphrase) next.confirmation = t('backup.setup.mismatch');
      setErrors(next);
      if (Object.keys(next).length > 0) {
        focusOnError();
        return;
      }
    } else if (method !== 'recoveryKey' || !written) {
      return;
    }
    void save(mode !== 'new');
  }

  async function copy() {
    if (!recoveryKey) return;
    try {
      await navigator.clipboard.writeText(recoveryKey.display);
      toast.show(t('backup.setup.copied'), { tone: 'success' });
    } catch {
      toast.show(t('backup.setup.copyFailed'), { tone: 'error' });
    }
  }

  const type = show ? 'text' : 'password';
  const canSubmit = method === 'passphrase' || (method === 'recoveryKey' && written);

  return (
    <form ref={formRef} className="backup-form" noValidate onSubmit={handleSubmit}>
      {mode === 'change' && <p>{t('backup.setup.changeNote')}</p>}
      {mode === 'replace' && <p className="backup-warning">{t('backup.setup.replaceWarning')}</p>}
      <RadioGroup<Method>
        legend={t('backup.setup.method')}
        name="backup-method"
        value={method}
        onChange={choose}
        disabled={busy}
        options={[
          {
            value: 'passphrase',
            label: t('backup.setup.methodPassphrase'),
            hint: t('backup.setup.methodPassphraseHint'),
          },
          {
            value: 'recoveryKey',
            label: t('backup.setup.methodRecoveryKey'),
            hint: t('backup.setup.methodRecoveryKeyHint'),
          },
        ]}
      />

      {method === 'passphrase' && (
        <>
          <FormField
            label={t('backup.setup.passphrase')}
            hint={t('backup.setup.passphraseHint', { min: BACKUP_PASSPHRASE_MIN })}
            error={errors.passphrase}
          >
            <TextInput
              name="backupPassphrase"
              type={type}
              autoComplete="off"
              spellCheck={false}
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.target.value);
                setErrors({});
              }}
            />
          </FormField>
          <FormField label={t('backup.setup.confirm')} error={errors.confirmation}>
            <TextInput
              name="backupPassphraseConfirmation"
              type={type}
              autoComplete="off"
              spellCheck={false}
              value={confirmation}
              onChange={(event) => {
                setConfirmation(event.target.value);
                setErrors({});
              }}
            />
          </FormField>
          <Checkbox label={t('backup.showPassphrase')} checked={show} onChange={setShow} />
        </>
      )}

      {method === 'recoveryKey' && recoveryKey && (
        <div className="backup-recovery">
          <p>{t('backup.setup.recoveryKeyLead')}</p>
          <p id={keyLabelId} className="backup-recovery__label">
            {t('backup.setup.recoveryKeyLabel')}
          </p>
          <RecoveryKeyGroups display={recoveryKey.display} labelledBy={keyLabelId} />
          <div>
            <Button variant="secondary" onClick={() => void copy()}>
              {t('backup.setup.copy')}
            </Button>
          </div>
          <Checkbox label={t('backup.setup.written')} checked={written} onChange={setWritten} />
        </div>
      )}

      <div role="status" className="backup-form__status">
        {busy && method === 'passphrase' && <p>{t('backup.setup.working')}</p>}
      </div>
      <div role="alert">
        {failed && <p className="backup-warning">{t('backup.setup.failed')}</p>}
        {confirmReplace && <p className="backup-warning">{t('backup.setup.exists')}</p>}
      </div>

      <div className="backup-form__actions">
        {confirmReplace ? (
          <Button ref={replaceRef} variant="danger" busy={busy} onClick={() => void save(true)}>
            {t('backup.setup.replace')}
          </Button>
        ) : (
          <Button type="submit" busy={busy} disabled={!canSubmit}>
            {mode === 'new' ? t('backup.setup.submit') : t('backup.setup.submitChange')}
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel}>
          {t('backup.cancel')}
        </Button>
      </div>
    </form>
  );
}
