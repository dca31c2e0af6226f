import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { SignInNoticeState } from '../../../app/shell/AccountMenu';
import { PASSWORD_MIN_LENGTH } from '@cop/contracts';
import type { LinkKind } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { PasswordLinkQuery, SetPasswordMutation } from '../graphql/auth';
import { errorCode, fieldProblems } from '../graphql/errors';
import { useFocusOnError } from '../hooks/useFocusOnError';
import { FormError, useFieldErrors } from './FormError';
import '../routes/forms.css';
import {
  checkNewPassword,
  NewPasswordFields,
  PasswordRules,
  type NewPasswordValue,
} from './NewPasswordFields';

/**
 * Choosing a password from an e-mailed link (approval, invitation or reset): the link is checked
 * first without being used; an invalid one says so and offers a new one. Success leads to the
 * sign-in page, which says the password is saved.
 */
export function SetPasswordFlow({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const [{ data, error, fetching }, recheck] = useQuery({
    query: PasswordLinkQuery,
    variables: { token },
    requestPolicy: 'network-only',
    pause: !token,
  });
  const [spent, setSpent] = useState(false);

  if (!token || spent || data?.passwordLink.valid === false) return <InvalidLink />;
  if (error && !data) {
    return (
      <Page title={t('setPassword.titleSetPassword')}>
        <FormError error={error} />
        <div>
          <Button busy={fetching} onClick={() => recheck({ requestPolicy: 'network-only' })}>
            {t('setPassword.retry')}
          </Button>
        </div>
      </Page>
    );
  }
  if (!data) {
    return (
      <p className="shell__loading" role="status">
        {t('setPassword.checking')}
      </p>
    );
  }
  return (
    <NewPasswordForm token={token} kind={data.passwordLink.kind ?? null} onSpent={() => setSpent(true)} />
  );
}

function InvalidLink() {
  const { t } = useTranslation('auth');
  return (
    <Page title={t('setPassword.invalidTitle')} lead={t('setPassword.invalidBody')}>
      <p>
        <Link to="/reset-password">{t('setPassword.newLink')}</Link>
      </p>
    </Page>
  );
}

const TITLE_BY_KIND = {
  SET_PASSWORD: 'setPassword.titleSetPassword',
  INVITATION: 'setPassword.titleInvitation',
  PASSWORD_RESET: 'setPassword.titleReset',
} as const;

function NewPasswordForm({
  token,
  kind,
  onSpent,
}: {
  token: string;
  kind: LinkKind | null;
  onSpent: () => void;
}) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirmation: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [{ fetching, error }, setPassword] = useMutation(SetPasswordMutation);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);
  const errors = {
    password: clientErrors.password ?? serverErrors.password,
    confirmation: clientErrors.confirmation,
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const problems = checkNewPassword(value, {
      required: t('field.required'),
      tooShort: t('fieldError.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
      mismatch: t('password.mismatch'),
    });
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusOnError();
      return;
    }
    const result = await setPassword({ input: { token, password: value.password } });
    if (result.data?.setPassword) {
      const state: SignInNoticeState = { notice: 'passwordSet' };
      void navigate('/sign-in', { replace: true, state });
      return;
    }
    if (
      errorCode(result.error) === 'BAD_USER_INPUT' &&
      fieldProblems(result.error).some((p) => p.field === 'token')
    ) {
      onSpent();
      return;
    }
    focusOnError();
  }

  return (
    <Page title={t(kind ? TITLE_BY_KIND[kind] : 'setPassword.titleSetPassword')} lead={t('setPassword.lead')}>
      <PasswordRules />
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <NewPasswordFields
          value={value}
          onChange={(next) => {
            setValue(next);
            setClientErrors({});
          }}
          errors={errors}
          showPassword={showPassword}
          onShowPassword={setShowPassword}
        />
        <FormError error={error} shownFields={['password', 'token']} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('setPassword.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
