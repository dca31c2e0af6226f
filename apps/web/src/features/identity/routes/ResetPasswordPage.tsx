import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { FormError, useFieldErrors } from '../components/FormError';
import { SetPasswordFlow } from '../components/SetPasswordFlow';
import { RequestPasswordResetMutation } from '../graphql/auth';
import { useFocusOnError } from '../hooks/useFocusOnError';
import './forms.css';

/**
 * `/reset-password`: asks for a reset link (the answer is the same whether or not the address has
 * an account). `/reset-password?token=…`: the link from that e-mail, to choose the new password.
 */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token !== null ? <SetPasswordFlow token={token} /> : <RequestReset />;
}

function RequestReset() {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, request] = useMutation(RequestPasswordResetMutation);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    if (!email.trim()) {
      setMissing(t('field.required'));
      focusOnError();
      return;
    }
    setMissing(null);
    const result = await request({ input: { email } });
    if (result.data?.requestPasswordReset) setSentTo(email.trim());
    else focusOnError();
  }

  if (sentTo) {
    return (
      <Page title={t('resetPassword.sentTitle')} lead={t('resetPassword.sentBody', { email: sentTo })}>
        <p>
          <Link to="/sign-in">{t('resetPassword.backToSignIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('resetPassword.title')} lead={t('resetPassword.lead')}>
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormField label={t('field.email')} error={missing ?? serverErrors.email}>
          <TextInput
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </FormField>
        <FormError error={error} shownFields={['email']} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('resetPassword.submit')}
          </Button>
        </div>
      </form>
      <p>
        <Link to="/sign-in">{t('resetPassword.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
