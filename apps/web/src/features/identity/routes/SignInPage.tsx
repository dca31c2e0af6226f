import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import type { SignInNoticeState } from '../../../app/shell/AccountMenu';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { FormError, useFieldErrors } from '../components/FormError';
import { ShowPassword } from '../components/ShowPassword';
import { SignInMutation } from '../graphql/auth';
import { useFocusOnError } from '../hooks/useFocusOnError';
import { nextQuery, safeNext } from '../session/next';
import { useViewer } from '../session/ViewerContext';
import './forms.css';

/**
 * E-mail and password. What follows depends on the session the api answers with: signed in (back
 * to `next`), a code expected (the second-factor page), or a second factor to set up first.
 */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const { viewer, setViewer, notice: sessionNotice } = useViewer();
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNext(params.get('next'));
  const notice = (location.state as SignInNoticeState | null)?.notice ?? sessionNotice;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [{ fetching, error }, signIn] = useMutation(SignInMutation);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const errors = { ...serverErrors, ...missing };

  if (viewer?.sessionState === 'ACTIVE') return <Navigate to={next} replace />;
  if (viewer?.sessionState === 'MFA_REQUIRED')
    return <Navigate to={`/sign-in/verify${nextQuery(next)}`} replace />;
  if (viewer?.sessionState === 'MFA_ENROLLMENT_REQUIRED')
    return <Navigate to="/security/two-factor" replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const empty: Record<string, string> = {};
    if (!email.trim()) empty.email = t('field.required');
    if (!password) empty.password = t('field.required');
    setMissing(empty);
    if (Object.keys(empty).length > 0) {
      focusOnError();
      return;
    }
    const result = await signIn({ input: { email, password } });
    // The page then moves on by the session's state (above).
    if (result.data) setViewer(result.data.signIn.viewer);
    else focusOnError();
  }

  const noticeText =
    notice === 'signedOut'
      ? t('signIn.signedOut')
      : notice === 'sessionEnded'
        ? t('signIn.sessionEnded')
        : notice === 'passwordSet'
          ? t('signIn.passwordSet')
          : null;

  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      {noticeText && (
        <p className="identity-notice identity-notice--info" role="status">
          {noticeText}
        </p>
      )}
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormField label={t('field.email')} error={errors.email}>
          <TextInput
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </FormField>
        <FormField label={t('field.password')} error={errors.password}>
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
        <FormError error={error} shownFields={['email', 'password']} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('signIn.submit')}
          </Button>
        </div>
      </form>
      <ul className="identity-form__links">
        <li>
          <Link to="/reset-password">{t('signIn.forgot')}</Link>
        </li>
        <li>
          <Link to="/apply">{t('signIn.apply')}</Link>
        </li>
      </ul>
    </Page>
  );
}
