import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { FormError, useFieldErrors } from '../components/FormError';
import { RecoveryCodes } from '../components/RecoveryCodes';
import { ShowPassword } from '../components/ShowPassword';
import {
  ConfirmTotpEnrollmentMutation,
  RegenerateRecoveryCodesMutation,
  StartTotpEnrollmentMutation,
} from '../graphql/auth';
import { useFocusOnError } from '../hooks/useFocusOnError';
import { useViewer } from '../session/ViewerContext';
import './forms.css';

/**
 * Two-step verification. Not set up: start (a new secret, its QR code and the key to type), confirm
 * with a code, then the ten recovery codes, shown once. Set up: its status, and new recovery codes
 * for the password. A role that requires it lands here until it is done.
 */
export function TwoFactorPage() {
  const { t } = useTranslation('auth');
  const { viewer, refresh } = useViewer();
  const navigate = useNavigate();
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  // Whether this visit turned it on: the codes are shown before the status.
  const [enrolled, setEnrolled] = useState(false);
  if (!viewer) return null; // RequireSession guards the page

  const required = viewer.sessionState === 'MFA_ENROLLMENT_REQUIRED';

  async function finish() {
    setCodes(null);
    if (enrolled) {
      // The session is now complete (the api rotated it): learn so, then go on.
      await refresh();
      void navigate(required ? '/' : '/security');
    }
  }

  if (codes) {
    return (
      <Page title={t('twoFactor.title')}>
        <RecoveryCodes codes={codes} email={viewer.email} onDone={() => void finish()} />
      </Page>
    );
  }

  if (viewer.mfaEnabled || enrolled) {
    return (
      <Page title={t('twoFactor.title')}>
        <p className="identity-notice" role="status">
          <strong>{t('twoFactor.onTitle')}</strong> {t('twoFactor.onBody')}
        </p>
        <RegenerateCodes onCodes={setCodes} />
        <p>
          <Link to="/security">{t('twoFactor.backToSecurity')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('twoFactor.title')} lead={t('twoFactor.lead')}>
      {required && <p className="identity-notice identity-notice--warning">{t('twoFactor.required')}</p>}
      <Enrollment
        onEnrolled={(next) => {
          setEnrolled(true);
          setCodes(next);
        }}
      />
    </Page>
  );
}

function Enrollment({ onEnrolled }: { onEnrolled: (codes: readonly string[]) => void }) {
  const { t } = useTranslation('auth');
  const [startState, start] = useMutation(StartTotpEnrollmentMutation);
  const [confirmState, confirm] = useMutation(ConfirmTotpEnrollmentMutation);
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  const serverErrors = useFieldErrors(confirmState.error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const enrollment = startState.data?.startTotpEnrollment;

  async function handleConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (confirmState.fetching) return;
    const value = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(value)) {
      setFormatError(t('verify.codeFormat'));
      focusOnError();
      return;
    }
    setFormatError(null);
    const result = await confirm({ code: value });
    if (result.data) onEnrolled(result.data.confirmTotpEnrollment.codes);
    else focusOnError();
  }

  if (!enrollment) {
    return (
      <>
        <FormError error={startState.error} />
        <div>
          <Button busy={startState.fetching} onClick={() => void start({})}>
            {t('twoFactor.start')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      <section className="identity-section">
        <p>{t('twoFactor.scan')}</p>
        <img
          className="identity-qr"
          src={enrollment.qrCodeDataUrl}
          alt={t('twoFactor.qrAlt')}
          width={200}
          height={200}
        />
        <FormField label={t('twoFactor.secret')} hint={t('twoFactor.secretHint')}>
          <TextInput
            className="identity-secret"
            readOnly
            value={enrollment.secret}
            dir="ltr"
            spellCheck={false}
            translate="no"
            onFocus={(event) => event.currentTarget.select()}
          />
        </FormField>
      </section>
      <section className="identity-section">
        <form
          ref={formRef}
          className="identity-form"
          noValidate
          onSubmit={(event) => void handleConfirm(event)}
        >
          <p>{t('twoFactor.enterCode')}</p>
          <FormField label={t('twoFactor.code')} error={formatError ?? serverErrors.code}>
            <TextInput
              name="code"
              className="identity-code-input"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={7}
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </FormField>
          <FormError error={confirmState.error} shownFields={['code']} />
          <div className="identity-form__actions">
            <Button type="submit" busy={confirmState.fetching}>
              {t('twoFactor.confirm')}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}

function RegenerateCodes({ onCodes }: { onCodes: (codes: readonly string[]) => void }) {
  const { t } = useTranslation('auth');
  const [{ fetching, error }, regenerate] = useMutation(RegenerateRecoveryCodesMutation);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const headingId = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    if (!password) {
      setMissing(t('field.required'));
      focusOnError();
      return;
    }
    setMissing(null);
    const result = await regenerate({ password });
    if (result.data) {
      setPassword('');
      onCodes(result.data.regenerateRecoveryCodes.codes);
    } else {
      focusOnError();
    }
  }

  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('twoFactor.regenerateTitle')}</h2>
      <p>{t('twoFactor.regenerateBody')}</p>
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormField
          label={t('twoFactor.regeneratePassword')}
          error={missing ?? serverErrors.password ?? serverErrors.currentPassword}
        >
          <TextInput
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </FormField>
        <ShowPassword checked={showPassword} onChange={setShowPassword} />
        <FormError error={error} shownFields={['password', 'currentPassword']} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('twoFactor.regenerate')}
          </Button>
        </div>
      </form>
    </section>
  );
}
