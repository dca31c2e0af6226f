import { useEffect, useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AccountStatus, AdminMemberFilter, Role } from '../../../graphql/generated/graphql';
import type { AdminMemberFieldsFragment as AdminMember } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination, useRangeText } from '../../identity/components/Pagination';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { useMemberLabels } from '../../identity/lib/labels';
import { useViewer } from '../../identity/session/ViewerContext';
import { AdminMemberCard, type MemberAction } from '../components/AdminMemberCard';
import {
  AdminMembersQuery,
  DeactivateMemberMutation,
  ReactivateMemberMutation,
  SetMemberRoleMutation,
  SuspendMemberMutation,
} from '../graphql/members';

export const ADMIN_MEMBERS_PAGE_SIZE = 20;
const ROLES: readonly Role[] = ['MEMBER', 'MODERATOR', 'ADMIN'];
/** Statuses an administrator manages here; applications live in the vetting queue. */
const STATUSES: readonly AccountStatus[] = ['ACTIVE', 'SUSPENDED', 'DEACTIVATED', 'APPROVED'];
const SEARCH_DEBOUNCE_MS = 400;

/** What an administrator is about to do, waiting for their confirmation. */
type Pending = { action: MemberAction; member: AdminMember; role?: Role };

/** Members with their role and status: administrators change them, and name focal points. */
export function AdminMembersPage() {
  const { t } = useTranslation('admin');
  const labels = useMemberLabels();
  const toast = useToast();
  const { viewer } = useViewer();
  const [search, setSearch] = useSearchParams();
  const q = (search.get('q') ?? '').trim();
  const statusParam = search.get('status') ?? '';
  const status = (STATUSES as readonly string[]).includes(statusParam) ? (statusParam as AccountStatus) : '';
  const roleParam = search.get('role') ?? '';
  const role = (ROLES as readonly string[]).includes(roleParam) ? (roleParam as Role) : '';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const offset = (page - 1) * ADMIN_MEMBERS_PAGE_SIZE;

  const setParam = useMemo(
    () => (name: string, value: string) =>
      setSearch((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== 'page') next.delete('page');
        return next;
      }),
    [setSearch],
  );

  // The search box follows the address (back button), and updates it once typing pauses.
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    if (q !== text.trim()) setText(q);
  }
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = window.setTimeout(() => setParam('q', text.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, q, setParam]);

  const variables = useMemo(() => {
    const filter: AdminMemberFilter = {};
    if (q) filter.search = q;
    if (status) filter.statuses = [status];
    if (role) filter.role = role;
    return { filter, first: ADMIN_MEMBERS_PAGE_SIZE, offset };
  }, [q, status, role, offset]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminMembersQuery, variables });
  const total = data?.adminMembers.total ?? 0;
  const range = useRangeText(total, ADMIN_MEMBERS_PAGE_SIZE, offset);

  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [roleResult, setMemberRole] = useMutation(SetMemberRoleMutation);
  const [suspendResult, suspend] = useMutation(SuspendMemberMutation);
  const [reactivateResult, reactivate] = useMutation(ReactivateMemberMutation);
  const [deactivateResult, deactivate] = useMutation(DeactivateMemberMutation);
  const working =
    roleResult.fetching || suspendResult.fetching || reactivateResult.fetching || deactivateResult.fetching;

  function refresh() {
    reexecute({ requestPolicy: 'network-only' });
  }

  function ask(action: MemberAction, member: AdminMember, nextRole?: Role) {
    setFailure(null);
    setPending({ action, member, role: nextRole });
  }

  async function confirm() {
    if (!pending) return;
    const { action, member } = pending;
    const memberId = member.id;
    const answer =
      action === 'role' && pending.role
        ? await setMemberRole({ memberId, role: pending.role })
        : action === 'suspend'
          ? await suspend({ memberId })
          : action === 'reactivate'
            ? await reactivate({ memberId })
            : await deactivate({ memberId });
    if (answer.error) {
      setFailure(answer.error);
      return;
    }
    const name = member.fullName;
    const message =
      action === 'role' && pending.role
        ? t('members.roleChanged', { name, role: labels.role(pending.role) })
        : action === 'suspend'
          ? t('members.suspended', { name })
          : action === 'reactivate'
            ? t('members.reactivated', { name })
            : t('members.deactivated', { name });
    toast.show(message, { tone: 'success' });
    setPending(null);
    refresh();
  }

  function filterBy(name: string) {
    return (event: ChangeEvent<HTMLSelectElement>) => setParam(name, event.target.value);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setParam('q', text.trim());
  }

  return (
    <Page title={t('members.title')} lead={t('members.lead')}>
      <form role="search" aria-label={t('members.filters')} className="admin-filters" onSubmit={submit}>
        <FormField label={t('members.search')}>
          <TextInput
            type="search"
            name="q"
            value={text}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </FormField>
        <FormField label={t('members.status')}>
          <Select name="status" value={status} onChange={filterBy('status')}>
            <option value="">{t('members.anyStatus')}</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`status.${option}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t('members.role')}>
          <Select name="role" value={role} onChange={filterBy('role')}>
            <option value="">{t('members.anyRole')}</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {labels.role(option)}
              </option>
            ))}
          </Select>
        </FormField>
      </form>
      <p role="status" className="admin-muted">
        {fetching ? t('loading') : range}
      </p>
      {error && (
        <LoadError message={t('loadError')} retryLabel={t('retry')} busy={fetching} onRetry={refresh} />
      )}
      {data && data.adminMembers.items.length === 0 && <EmptyState title={t('members.empty')} />}
      {data && data.adminMembers.items.length > 0 && (
        <ul className="admin-list" aria-label={t('members.list')}>
          {data.adminMembers.items.map((member) => (
            <li key={member.id}>
              <AdminMemberCard
                member={member}
                isSelf={member.id === viewer?.id}
                onAction={ask}
                onFocalPointsChanged={refresh}
              />
            </li>
          ))}
        </ul>
      )}
      {data && (
        <Pagination
          total={total}
          first={ADMIN_MEMBERS_PAGE_SIZE}
          offset={offset}
          onChange={(next) => setParam('page', String(Math.floor(next / ADMIN_MEMBERS_PAGE_SIZE) + 1))}
        />
      )}
      <ConfirmMemberAction
        pending={pending}
        busy={working}
        error={failure}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </Page>
  );
}

interface ConfirmMemberActionProps {
  pending: Pending | null;
  busy: boolean;
  error: ErrorLike;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Every change of role or status is confirmed, with what it does to the member. */
function ConfirmMemberAction({ pending, busy, error, onConfirm, onCancel }: ConfirmMemberActionProps) {
  const { t } = useTranslation('admin');
  const labels = useMemberLabels();
  const bodyId = useId();
  const name = pending?.member.fullName ?? '';
  let title = '';
  let body: string[] = [];
  let confirmLabel = '';
  switch (pending?.action) {
    case 'role': {
      const role = pending.role ?? 'MEMBER';
      title = t('members.roleTitle', { name, role: labels.role(role) });
      body = [t('members.roleBody')];
      if (role !== 'MEMBER' && !pending.member.mfaEnabled) body.push(t('members.roleMfaBody'));
      confirmLabel = t('members.roleConfirm');
      break;
    }
    case 'suspend':
      title = t('members.suspendTitle', { name });
      body = [t('members.suspendBody')];
      confirmLabel = t('members.suspendConfirm');
      break;
    case 'reactivate':
      title = t('members.reactivateTitle', { name });
      body = [t('members.reactivateBody')];
      confirmLabel = t('members.reactivateConfirm');
      break;
    case 'deactivate':
      title = t('members.deactivateTitle', { name });
      body = [t('members.deactivateBody')];
      confirmLabel = t('members.deactivateConfirm');
      break;
    default:
      break;
  }
  const danger = pending?.action === 'suspend' || pending?.action === 'deactivate';

  return (
    <Dialog
      open={pending !== null}
      onClose={onCancel}
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            busy={busy}
            aria-describedby={bodyId}
            onClick={onConfirm}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div id={bodyId}>
        {body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <FormError error={error} />
    </Dialog>
  );
}
