import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { formatDateTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { backupStatus, deleteBackup, type BackupStatus } from '../lib/backup';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { SetUpBackupDialog, type SetUpBackupMode } from './SetUpBackupDialog';
import './KeyBackup.css';

type Loaded = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; status: BackupStatus };
type Open = null | { dialog: 'setUp'; mode: SetUpBackupMode } | { dialog: 'restore' } | { dialog: 'turnOff' };

/**
 * "Key backup" on the encryption page: whether the member has one and whether this browser keeps
 * it up to date; set up, restore here, change the passphrase or recovery key, turn off.
 * The page's `identity-section` and `identity-notice` styles come with the page.
 */
export function KeyBackupSection({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation('e2e');
  const client = useClient();
  const toast = useToast();
  const headingId = useId();
  const locale = currentLanguage(i18n);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [open, setOpen] = useState<Open>(null);
  const [turningOff, setTurningOff] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const focusStatus = useRef(false);

  const load = useCallback(
    (afterAction = false) => {
      focusStatus.current = afterAction;
      return backupStatus(client, userId).then(
        (status) => setLoaded({ kind: 'ready', status }),
        () => setLoaded({ kind: 'failed' }),
      );
    },
    [client, userId],
  );

  useEffect(() => {
    let cancelled = false;
    backupStatus(client, userId).then(
      (status) => !cancelled && setLoaded({ kind: 'ready', status }),
      () => !cancelled && setLoaded({ kind: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, userId]);

  // After an action, the keyboard continues from the new status (the button it used may be gone).
  useEffect(() => {
    if (loaded.kind === 'ready' && focusStatus.current) {
      focusStatus.current = false;
      statusRef.current?.focus();
    }
  }, [loaded]);

  function show(next: Open) {
    setNotice(null);
    setOpen(next);
  }

  function done(message: string) {
    setOpen(null);
    setNotice(message);
    void load(true);
  }

  async function turnOff() {
    if (turningOff) return;
    setTurningOff(true);
    let ok = false;
    try {
      await deleteBackup(client, userId);
      ok = true;
    } catch {
      ok = false;
    }
    setTurningOff(false);
    if (ok) {
      done(t('backup.turnedOff'));
    } else {
      setOpen(null);
      toast.show(t('backup.turnOffFailed'), { tone: 'error' });
    }
  }

  const status = loaded.kind === 'ready' ? loaded.status : null;
  let body;
  if (loaded.kind === 'loading') {
    body = (
      <p className="shell__loading" role="status">
        {t('backup.loading')}
      </p>
    );
  } else if (loaded.kind === 'failed' || !status) {
    body = (
      <LoadError
        message={t('backup.loadError')}
        retryLabel={t('backup.retry')}
        onRetry={() => {
          setLoaded({ kind: 'loading' });
          void load();
        }}
      />
    );
  } else {
    const updated =
      status.state === 'none'
        ? null
        : t('backup.updated', { date: formatDateTime(status.updatedAt, locale) });
    body = (
      <>
        <div ref={statusRef} tabIndex={-1} className="backup-status">
          {status.state === 'none' && (
            <p className="identity-notice identity-notice--info">{t('backup.none')}</p>
          )}
          {status.state === 'set-up-here' && (
            <p className="identity-notice">
              {status.kind === 'passphrase' ? t('backup.herePassphrase') : t('backup.hereRecoveryKey')}{' '}
              {updated}
            </p>
          )}
          {status.state === 'exists-elsewhere' && (
            <p className="identity-notice identity-notice--warning">
              {status.kind ? t('backup.elsewhere') : t('backup.unreadable')} {updated}
            </p>
          )}
        </div>
        <div className="backup-actions">
          {status.state === 'none' && (
            <Button onClick={() => show({ dialog: 'setUp', mode: 'new' })}>{t('backup.setUp')}</Button>
          )}
          {status.state === 'exists-elsewhere' && status.kind && (
            <Button onClick={() => show({ dialog: 'restore' })}>{t('backup.restoreAction')}</Button>
          )}
          {status.state === 'exists-elsewhere' && (
            <Button variant="secondary" onClick={() => show({ dialog: 'setUp', mode: 'replace' })}>
              {t('backup.replace')}
            </Button>
          )}
          {status.state === 'set-up-here' && (
            <Button variant="secondary" onClick={() => show({ dialog: 'setUp', mode: 'change' })}>
              {t('backup.change')}
            </Button>
          )}
          {status.state !== 'none' && (
            <Button variant="danger" onClick={() => show({ dialog: 'turnOff' })}>
              {t('backup.turnOff')}
            </Button>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backup.heading')}</h2>
      <p>{t('backup.explain')}</p>
      {body}
      <div role="status">{notice && <p className="identity-notice">{notice}</p>}</div>

      <SetUpBackupDialog
        open={open?.dialog === 'setUp'}
        mode={open?.dialog === 'setUp' ? open.mode : 'new'}
        userId={userId}
        onClose={() => setOpen(null)}
        onDone={() =>
          done(
            open?.dialog === 'setUp' && open.mode === 'change' ? t('backup.changed') : t('backup.setUpDone'),
          )
        }
      />
      <RestoreBackupDialog
        open={open?.dialog === 'restore'}
        kind={status?.state === 'exists-elsewhere' && status.kind ? status.kind : 'passphrase'}
        userId={userId}
        onClose={() => setOpen(null)}
        onDone={(restored) =>
          done(t('backup.restored', { number: new Intl.NumberFormat(locale).format(restored) }))
        }
        onStale={() => void load()}
      />
      <Dialog
        open={open?.dialog === 'turnOff'}
        onClose={() => setOpen(null)}
        title={t('backup.turnOffDialog.title')}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(null)}>
              {t('backup.cancel')}
            </Button>
            <Button variant="danger" busy={turningOff} onClick={() => void turnOff()}>
              {t('backup.turnOffDialog.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('backup.turnOffDialog.body')}</p>
      </Dialog>
    </section>
  );
}
