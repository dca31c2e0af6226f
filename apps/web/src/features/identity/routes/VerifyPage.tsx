import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { PageLoading } from '../../../app/shell/PageLoading';
import { SignOutDocument } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { FormError, useFieldErrors } from '../components/FormError';
import { UseRecoveryCodeMutation, VerifyTotpMutation } from '../graphql/auth';
import { useFocusOnError } from '../hooks/useFocusOnError';
import { nextQuery, safeNext } from '../session/next';
import { useViewer } from '../session/ViewerContext';
import './forms.css';

type Mode = 'app' | 'recovery';

/**
 * The second factor after the password: the 6-digit code of the authenticator app, or one of the
 * single-use recovery codes. Only a session waiting for its second factor stays on this page.
 */
export function VerifyPage() {
  const { t } = useTranslation('auth');
  const { viewer, loading, setViewer } = useViewer();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [mode, setMode] = useState<Mode>('app');
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  const [totpState, verifyTotp] = useMutation(VerifyTotpMutation);
  const [recoveryState, submitRecoveryCode] = useMutation(UseRecoveryCodeMutation);
  const [signOutState, signOut] = useMutation(SignOutDocument);
  const { fetching, error } = mode === 'app' ? totpState : recoveryState;
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const codeError = formatError ?? serverErrors.code;

  if (!viewer) {
    if (loading) return <PageLoading />;
    return <Navigate to={`/sign-in${nextQuery(next)}`} replace />;
  }
  if (viewer.sessionState === 'ACTIVE') return <Navigate to={next} replace />;
  if (viewer.sessionState === 'MFA_ENROLLMENT_REQUIRED')
    return <Navigate to="/security/two-factor" replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const value = code.replace(/\s+/g, '');
    if (mode === 'app' && !/^\d{6}$/.test(value)) {
      setFormatError(t('verify.codeFormat'));
      focusOnError();
      return;
    }
    if (!value) {
      setFormatError(t('field.required'));
      focusOnError();
      return;
    }
    setFormatError(null);
    const result =
      mode === 'app' ? await verifyTotp({ code: value }) : await submitRecoveryCode({ code: value });
    const answer =
      result.data && ('verifyTotp' in result.data ? result.data.verifyTotp : result.data.useRecoveryCode);
    if (answer) setViewer(answer.viewer);
    else focusOnError();
  }

  function switchMode() {
    setMode((current) => (current === 'app' ? 'recovery' : 'app'));
    setCode('');
    setFormatError(null);
  }

  async function startOver() {
    await signOut({});
    setViewer(null);
  }

  return (
    <Page title={t('verify.title')} lead={mode === 'app' ? t('verify.lead') : t('verify.recoveryLead')}>
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {mode === 'app' ? (
          <FormField key="app" label={t('verify.code')} hint={t('verify.codeHint')} error={codeError}>
            <TextInput
              name="code"
              className="identity-code-input"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={7}
              spellCheck={false}
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </FormField>
        ) : (
          <FormField key="recovery" label={t('verify.recoveryCode')} error={codeError}>
            <TextInput
              name="recoveryCode"
              className="identity-code-input"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </FormField>
        )}
        <FormError error={error} shownFields={['code']} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('verify.submit')}
          </Button>
        </div>
      </form>
      <button type="button" className="identity-link-button" onClick={switchMode}>
        {mode === 'app' ? t('verify.useRecoveryCode') : t('verify.useApp')}
      </button>
      <button
        type="button"
        className="identity-link-button"
        aria-disabled={signOutState.fetching || undefined}
        onClick={() => void (signOutState.fetching ? undefined : startOver())}
      >
        {t('verify.startOver')}
      </button>
    </Page>
  );
}
