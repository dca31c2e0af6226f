import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PASSWORD_MIN_LENGTH } from '@cop/contracts';
import type { MySessionsQuery as MySessionsResult } from '../../../graphql/generated/graphql';
import { formatDateTime, formatRelativeTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Table, type TableColumn } from '../../../ui/Table';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { FormError, useFieldErrors } from '../components/FormError';
import { LoadError } from '../components/LoadError';
import {
  checkNewPassword,
  NewPasswordFields,
  PasswordRules,
  type NewPasswordValue,
} from '../components/NewPasswordFields';
import { ChangePasswordMutation } from '../graphql/auth';
import { EndOtherSessionsMutation, EndSessionMutation, MySessionsQuery } from '../graphql/profile';
import { useFocusOnError } from '../hooks/useFocusOnError';
import { useViewer } from '../session/ViewerContext';
import './forms.css';
import './SecurityPage.css';

type Session = MySessionsResult['mySessions'][number];

/** Where the member is signed in (and ending those sessions), their password, two-step verification. */
export function SecurityPage() {
  const { t } = useTranslation('auth');
  const [sessions, reloadSessions] = useQuery({ query: MySessionsQuery, requestPolicy: 'network-only' });
  const reload = () => reloadSessions({ requestPolicy: 'network-only' });

  return (
    <Page title={t('security.title')} lead={t('security.lead')}>
      <SessionsSection
        sessions={sessions.data?.mySessions ?? null}
        failed={Boolean(sessions.error) && !sessions.data}
        fetching={sessions.fetching}
        onChanged={reload}
      />
      <ChangePasswordSection onChanged={reload} />
      <TwoFactorSection />
      <EncryptionSection />
    </Page>
  );
}

interface SessionsSectionProps {
  sessions: readonly Session[] | null;
  failed: boolean;
  fetching: boolean;
  onChanged: () => void;
}

function SessionsSection({ sessions, failed, fetching, onChanged }: SessionsSectionProps) {
  const { t, i18n } = useTranslation('auth');
  const toast = useToast();
  const headingId = useId();
  const locale = currentLanguage(i18n);
  const [endState, endSession] = useMutation(EndSessionMutation);
  const [othersState, endOthers] = useMutation(EndOtherSessionsMutation);
  const [ending, setEnding] = useState<string | null>(null);
  const deviceOf = (session: Session) => session.device || t('security.unknownDevice');

  async function end(session: Session) {
    if (ending) return;
    setEnding(session.id);
    const result = await endSession({ id: session.id });
    setEnding(null);
    if (result.data?.endSession) {
      toast.show(t('security.sessionEnded'), { tone: 'success' });
      onChanged();
    }
  }

  async function endAllOthers() {
    if (othersState.fetching) return;
    const result = await endOthers({});
    if (result.data) {
      toast.show(t('security.othersEnded', { number: result.data.endOtherSessions }), { tone: 'success' });
      onChanged();
    }
  }

  const columns: TableColumn<Session>[] = [
    {
      key: 'device',
      header: t('security.device'),
      rowHeader: true,
      cell: (session) => (
        <span className="security-device">
          {deviceOf(session)}
          {session.current && <span className="security-badge">{t('security.thisDevice')}</span>}
        </span>
      ),
    },
    {
      key: 'ip',
      header: t('security.ip'),
      cell: (session) => <bdi>{session.ip ?? t('security.unknown')}</bdi>,
    },
    {
      key: 'lastSeen',
      header: t('security.lastSeen'),
      cell: (session) => (
        <time dateTime={session.lastSeenAt} title={formatDateTime(session.lastSeenAt, locale)}>
          {formatRelativeTime(session.lastSeenAt, locale)}
        </time>
      ),
    },
    {
      key: 'createdAt',
      header: t('security.signedIn'),
      cell: (session) => (
        <time dateTime={session.createdAt}>
          {new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(session.createdAt),
          )}
        </time>
      ),
    },
    {
      key: 'actions',
      header: t('security.actions'),
      cell: (session) =>
        session.current ? null : (
          <Button
            variant="secondary"
            busy={ending === session.id}
            aria-label={t('security.endSessionOn', { device: deviceOf(session) })}
            onClick={() => void end(session)}
          >
            {t('security.endSession')}
          </Button>
        ),
    },
  ];

  const others = sessions?.filter((session) => !session.current).length ?? 0;

  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.sessions')}</h2>
      {sessions ? (
        <>
          <Table
            caption={t('security.sessionsCaption')}
            captionHidden
            columns={columns}
            rows={sessions}
            rowKey={(session) => session.id}
          />
          <FormError error={endState.error ?? othersState.error} />
          {others > 0 && (
            <div>
              <Button variant="danger" busy={othersState.fetching} onClick={() => void endAllOthers()}>
                {t('security.endOthers')}
              </Button>
            </div>
          )}
        </>
      ) : failed ? (
        <LoadError
          message={t('security.loadError')}
          retryLabel={t('security.retry')}
          busy={fetching}
          onRetry={onChanged}
        />
      ) : (
        <p className="shell__loading" role="status">
          {t('security.loading')}
        </p>
      )}
    </section>
  );
}

function ChangePasswordSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('auth');
  const headingId = useId();
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirmation: '' });
  const [showPassword, setShowPassword] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [{ fetching, error }, changePassword] = useMutation(ChangePasswordMutation);
  const serverErrors = useFieldErrors(error);
  const formRef = useRef<HTMLFormElement>(null);
  const focusOnError = useFocusOnError(formRef);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setDone(false);
    const problems = checkNewPassword(value, {
      required: t('field.required'),
      tooShort: t('fieldError.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
      mismatch: t('password.mismatch'),
    });
    if (!current) problems.currentPassword = t('field.required');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusOnError();
      return;
    }
    const result = await changePassword({ input: { currentPassword: current, newPassword: value.password } });
    if (result.data?.changePassword) {
      setCurrent('');
      setValue({ password: '', confirmation: '' });
      setDone(true);
      onChanged();
    } else {
      focusOnError();
    }
  }

  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.changePassword')}</h2>
      <p>{t('security.changePasswordNote')}</p>
      <PasswordRules />
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormField
          label={t('password.current')}
          error={clientErrors.currentPassword ?? serverErrors.currentPassword}
        >
          <TextInput
            name="currentPassword"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => {
              setCurrent(event.target.value);
              setDone(false);
            }}
          />
        </FormField>
        <NewPasswordFields
          value={value}
          onChange={(next) => {
            setValue(next);
            setClientErrors({});
            setDone(false);
          }}
          errors={{
            password: clientErrors.password ?? serverErrors.newPassword ?? serverErrors.password,
            confirmation: clientErrors.confirmation,
          }}
          showPassword={showPassword}
          onShowPassword={setShowPassword}
        />
        <FormError error={error} shownFields={['currentPassword', 'newPassword', 'password']} />
        <div className="identity-form__actions">
          <Button type="submit" busy={fetching}>
            {t('security.changePasswordSubmit')}
          </Button>
        </div>
        <div role="status" className="identity-form__status">
          {done && <p className="identity-notice">{t('security.passwordChanged')}</p>}
        </div>
      </form>
    </section>
  );
}

function TwoFactorSection() {
  const { t } = useTranslation('auth');
  const { viewer } = useViewer();
  const headingId = useId();
  const enabled = Boolean(viewer?.mfaEnabled);
  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.twoFactor')}</h2>
      <p>
        {enabled ? t('security.twoFactorOn') : t('security.twoFactorOff')}{' '}
        {viewer?.mfaRequired && t('security.twoFactorRequired')}
      </p>
      <p>
        <Link to="/security/two-factor">
          {enabled ? t('security.manageTwoFactor') : t('security.setUpTwoFactor')}
        </Link>
      </p>
    </section>
  );
}

function EncryptionSection() {
  const { t } = useTranslation('auth');
  const headingId = useId();
  return (
    <section className="identity-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.encryption')}</h2>
      <p>{t('security.encryptionNote')}</p>
      <p>
        <Link to="/security/encryption">{t('security.manageEncryption')}</Link>
      </p>
    </section>
  );
}
