import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LANGUAGES, isLanguageCode } from '@cop/contracts';
import type { InvitationsQuery as InvitationsData, Role } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { Table, type TableColumn } from '../../../ui/Table';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { FormError, useFieldErrors, type ErrorLike } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { useMemberLabels } from '../../identity/lib/labels';
import { useViewer } from '../../identity/session/ViewerContext';
import { InvitationsQuery, InviteMutation, RevokeInvitationMutation } from '../graphql/invitations';

type Invitation = InvitationsData['invitations'][number];
export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationState(invitation: Invitation, now: number): InvitationState {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  return new Date(invitation.expiresAt).getTime() <= now ? 'expired' : 'pending';
}

const STATE_TONE: Record<InvitationState, string> = {
  pending: 'admin-badge--warning',
  accepted: 'admin-badge--ok',
  revoked: 'admin-badge--danger',
  expired: '',
};

/** Invitations: moderators and administrators invite practitioners directly, with a role. */
export function InvitationsPage() {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const names = useIntlNames();
  const labels = useMemberLabels();
  const context = useMemo(() => ({ additionalTypenames: ['Invitation'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvitationsQuery, context });
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [revocation, revoke] = useMutation(RevokeInvitationMutation);
  const [revokeError, setRevokeError] = useState<ErrorLike>(null);
  // Expiry is judged against the time the list arrived, not re-read on every render.
  const [now] = useState(() => Date.now());

  function refresh() {
    reexecute({ requestPolicy: 'network-only' });
  }

  async function confirmRevoke() {
    if (!revoking) return;
    const answer = await revoke({ id: revoking.id });
    if (answer.error) {
      setRevokeError(answer.error);
      return;
    }
    toast.show(t('invitations.revokedToast', { name: revoking.fullName }), { tone: 'success' });
    setRevoking(null);
    refresh();
  }

  const columns: TableColumn<Invitation>[] = [
    {
      key: 'person',
      header: t('invitations.person'),
      rowHeader: true,
      cell: (row) => (
        <>
          {row.fullName}
          <br />
          <span className="admin-muted">{row.email}</span>
        </>
      ),
    },
    { key: 'role', header: t('invitations.role'), cell: (row) => labels.role(row.role) },
    {
      key: 'state',
      header: t('invitations.state'),
      cell: (row) => {
        const state = invitationState(row, now);
        return <span className={`admin-badge ${STATE_TONE[state]}`}>{t(`invitations.${state}`)}</span>;
      },
    },
    { key: 'invitedBy', header: t('invitations.invitedBy'), cell: (row) => row.invitedBy ?? '—' },
    {
      key: 'created',
      header: t('invitations.created'),
      cell: (row) => <time dateTime={row.createdAt}>{names.dateTime(row.createdAt)}</time>,
    },
    {
      key: 'expires',
      header: t('invitations.expires'),
      cell: (row) => <time dateTime={row.expiresAt}>{names.dateTime(row.expiresAt)}</time>,
    },
    {
      key: 'actions',
      header: t('invitations.actions'),
      cell: (row) =>
        invitationState(row, now) === 'pending' ? (
          <Button
            variant="secondary"
            aria-label={t('invitations.revokeLabel', { name: row.fullName })}
            onClick={() => {
              setRevokeError(null);
              setRevoking(row);
            }}
          >
            {t('invitations.revoke')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Page title={t('invitations.title')} lead={t('invitations.lead')}>
      <InviteForm onInvited={refresh} />
      {fetching && !data && <p role="status">{t('loading')}</p>}
      {error && (
        <LoadError message={t('loadError')} retryLabel={t('retry')} busy={fetching} onRetry={refresh} />
      )}
      {data && (
        <Table
          caption={t('invitations.list')}
          columns={columns}
          rows={data.invitations}
          rowKey={(row) => row.id}
          emptyText={t('invitations.empty')}
        />
      )}
      <Dialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('invitations.revokeTitle', { name: revoking.fullName }) : ''}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              {t('invitations.keep')}
            </Button>
            <Button variant="danger" busy={revocation.fetching} onClick={() => void confirmRevoke()}>
              {t('invitations.revokeConfirm')}
            </Button>
          </>
        }
      >
        {revoking && <p>{t('invitations.revokeBody', { email: revoking.email })}</p>}
        <FormError error={revokeError} />
      </Dialog>
    </Page>
  );
}

/** Email, name, role and the language of the e-mail. Only administrators can invite administrators. */
function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const labels = useMemberLabels();
  const toast = useToast();
  const { viewer } = useViewer();
  const headingId = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const roles: Role[] = viewer?.role === 'ADMIN' ? ['MEMBER', 'MODERATOR', 'ADMIN'] : ['MEMBER', 'MODERATOR'];
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [locale, setLocale] = useState<string>(() =>
    viewer && isLanguageCode(viewer.locale) ? viewer.locale : currentLanguage(i18n),
  );
  const [missing, setMissing] = useState<{ email?: boolean; fullName?: boolean }>({});
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [result, invite] = useMutation(InviteMutation);
  const serverErrors = useFieldErrors(failure);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = { email: !email.trim(), fullName: !fullName.trim() };
    setMissing(problems);
    if (problems.email) return emailRef.current?.focus();
    if (problems.fullName) return nameRef.current?.focus();
    const answer = await invite({
      input: { email: email.trim(), fullName: fullName.trim(), role, locale },
    });
    setFailure(answer.error ?? null);
    if (answer.error) return;
    toast.show(t('invitations.sent', { email: email.trim() }), { tone: 'success' });
    setEmail('');
    setFullName('');
    setRole('MEMBER');
    onInvited();
  }

  return (
    <section className="admin-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="admin-card__title">
        {t('invitations.formTitle')}
      </h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="invite-form__fields">
          <FormField
            label={t('invitations.email')}
            error={missing.email ? t('invitations.emailRequired') : serverErrors.email}
          >
            <TextInput
              ref={emailRef}
              type="email"
              name="email"
              autoComplete="off"
              required
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </FormField>
          <FormField
            label={t('invitations.fullName')}
            error={missing.fullName ? t('invitations.fullNameRequired') : serverErrors.fullName}
          >
            <TextInput
              ref={nameRef}
              name="fullName"
              autoComplete="off"
              required
              maxLength={120}
              value={fullName}
              onChange={(event) => setFullName(event.target.value)}
            />
          </FormField>
          <FormField label={t('invitations.role')} hint={t('invitations.roleHint')} error={serverErrors.role}>
            <Select name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {roles.map((option) => (
                <option key={option} value={option}>
                  {labels.role(option)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t('invitations.locale')} error={serverErrors.locale}>
            <Select name="locale" value={locale} onChange={(event) => setLocale(event.target.value)}>
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={language.code}>
                  {language.nativeName}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
        <FormError error={failure} shownFields={['email', 'fullName', 'role', 'locale']} />
        <Button type="submit" busy={result.fetching}>
          {t('invitations.send')}
        </Button>
      </form>
    </section>
  );
}
