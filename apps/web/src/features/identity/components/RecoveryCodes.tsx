import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { useToast } from '../../../ui/Toast';
import './RecoveryCodes.css';

export interface RecoveryCodesProps {
  codes: readonly string[];
  /** Whose codes they are, written at the top of the downloaded file. */
  email: string;
  /** Called once the member has said they stored the codes. */
  onDone: () => void;
}

/**
 * The ten recovery codes, shown once: copy, download as a text file, or print them (only the codes
 * print). Continuing needs the member to say they stored them.
 */
export function RecoveryCodes({ codes, email, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation('auth');
  const toast = useToast();
  const [stored, setStored] = useState(false);
  const headingId = useId();

  const text = [t('recoveryCodes.fileTitle', { email }), t('recoveryCodes.fileNote'), '', ...codes, ''].join(
    '\n',
  );

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      toast.show(t('recoveryCodes.copied'), { tone: 'success' });
    } catch {
      toast.show(t('recoveryCodes.copyFailed'), { tone: 'error' });
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = t('recoveryCodes.fileName');
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section className="recovery-codes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recoveryCodes.title')}</h2>
      <p>{t('recoveryCodes.lead')}</p>
      <ol className="recovery-codes__list" aria-label={t('recoveryCodes.list')}>
        {codes.map((code) => (
          <li key={code}>
            <code translate="no">{code}</code>
          </li>
        ))}
      </ol>
      <div className="recovery-codes__actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('recoveryCodes.copy')}
        </Button>
        <Button variant="secondary" onClick={download}>
          {t('recoveryCodes.download')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('recoveryCodes.print')}
        </Button>
      </div>
      <div className="recovery-codes__done">
        <Checkbox label={t('recoveryCodes.acknowledge')} checked={stored} onChange={setStored} />
        <div>
          <Button disabled={!stored} onClick={onDone}>
            {t('recoveryCodes.continue')}
          </Button>
        </div>
      </div>
    </section>
  );
}
