import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { LoadError } from '../../identity/components/LoadError';
import { useVerification } from '../hooks/useVerification';
import { safetyGroups } from '../lib/safety';
import './SafetyNumberDialog.css';

export interface SafetyNumberDialogProps {
  open: boolean;
  onClose: () => void;
  /** The other member of a direct conversation. */
  otherUserId: string;
  otherName: string;
}

/**
 * The safety number of the signed-in member and another member, to compare out of band, and the
 * "verified" mark (which a changed number drops by itself). The digits read left to right in every
 * language, Arabic included.
 */
export function SafetyNumberDialog({ open, onClose, otherUserId, otherName }: SafetyNumberDialogProps) {
  const { t } = useTranslation('e2e');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('safety.title', { name: otherName })}
      footer={<Button onClick={onClose}>{t('safety.close')}</Button>}
    >
      {open && <SafetyNumber otherUserId={otherUserId} otherName={otherName} />}
    </Dialog>
  );
}

function SafetyNumber({ otherUserId, otherName }: { otherUserId: string; otherName: string }) {
  const { t } = useTranslation('e2e');
  const { number, verified, changed, fetching, failed, noDevices, setVerified, refetch } =
    useVerification(otherUserId);
  const labelId = useId();
  const checkboxId = useId();

  if (failed) {
    return <LoadError message={t('safety.loadError')} retryLabel={t('safety.retry')} onRetry={refetch} />;
  }
  if (noDevices) return <p>{t('safety.noDevices', { name: otherName })}</p>;
  if (fetching || !number) {
    return (
      <p className="shell__loading" role="status">
        {t('safety.loading')}
      </p>
    );
  }

  return (
    <div className="safety">
      <p>{t('safety.explain', { name: otherName })}</p>
      {changed && (
        <p className="safety__changed" role="alert">
          {t('safety.changed')}
        </p>
      )}
      <p id={labelId} className="safety__label">
        {t('safety.number')}
      </p>
      {/* Digits are read left to right in every script: dir="ltr" even when the page is Arabic. */}
      <p className="safety__number" dir="ltr" aria-labelledby={labelId} data-testid="safety-number">
        {safetyGroups(number).map((group, index) => (
          <span key={index} className="safety__group">
            {group}
          </span>
        ))}
      </p>
      <div className="safety__verify">
        <input
          id={checkboxId}
          type="checkbox"
          checked={verified}
          onChange={(event) => setVerified(event.target.checked)}
        />
        <label htmlFor={checkboxId}>{t('safety.markVerified')}</label>
      </div>
      <div role="status">{verified && <p className="safety__verified">{t('safety.verified')}</p>}</div>
    </div>
  );
}
