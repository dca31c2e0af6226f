import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { backupToRestore, onMessageKeysRestored } from '../lib/backup';
import './KeyBackup.css';

const DISMISSED_PREFIX = 'cop.e2e.backupPromptDismissed';

function dismissedKey(userId: string): string {
  return `${DISMISSED_PREFIX}:${userId}`;
}

function wasDismissed(userId: string): boolean {
  try {
    return window.sessionStorage.getItem(dismissedKey(userId)) === '1';
  } catch {
    return false;
  }
}

export interface BackupPromptProps {
  userId: string;
}

/**
 * For the messages page: when the member has a key backup that this browser does not keep (a new
 * device), a banner links to the encryption page to restore the history. Hidden for the rest of the
 * session once dismissed, and as soon as a restore brings the keys. Shows nothing while it checks or
 * when the check fails: it is a suggestion, never an error.
 */
export function BackupPrompt({ userId }: BackupPromptProps) {
  const { t } = useTranslation('e2e');
  const client = useClient();
  const [shown, setShown] = useState(false);
  const textId = useId();

  useEffect(() => {
    if (!userId || wasDismissed(userId)) return;
    let cancelled = false;
    backupToRestore(client, userId).then(
      (restore) => {
        if (!cancelled) setShown(restore);
      },
      () => undefined,
    );
    const unsubscribe = onMessageKeysRestored((event) => {
      if (event.userId === userId) setShown(false);
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [client, userId]);

  if (!shown) return null;

  function dismiss() {
    setShown(false);
    try {
      window.sessionStorage.setItem(dismissedKey(userId), '1');
    } catch {
      // Storage refused: hidden until the page is loaded again.
    }
  }

  return (
    <div className="backup-prompt" role="region" aria-label={t('backup.prompt.label')}>
      <p id={textId} className="backup-prompt__text">
        <Link to="/security/encryption">{t('backup.prompt.link')}</Link>
      </p>
      <button type="button" className="backup-prompt__dismiss" aria-describedby={textId} onClick={dismiss}>
        {t('backup.prompt.dismiss')}
      </button>
    </div>
  );
}
