import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminMemberFieldsFragment as AdminMember, Role } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { Select } from '../../../ui/Select';
import { Avatar } from '../../identity/components/Avatar';
import { useIntlNames } from '../../identity/lib/intl';
import { useMemberLabels } from '../../identity/lib/labels';
import { FocalPointsEditor } from './FocalPointsEditor';

export type MemberAction = 'role' | 'suspend' | 'reactivate' | 'deactivate';

const ROLES: readonly Role[] = ['MEMBER', 'MODERATOR', 'ADMIN'];

const STATUS_TONE: Partial<Record<AdminMember['status'], string>> = {
  ACTIVE: 'admin-badge--ok',
  SUSPENDED: 'admin-badge--warning',
  DEACTIVATED: 'admin-badge--danger',
};

export interface AdminMemberCardProps {
  member: AdminMember;
  /** The administrator looking: nobody changes their own role or status. */
  isSelf: boolean;
  /** Asks for a change; the page confirms it first. */
  onAction: (action: MemberAction, member: AdminMember, role?: Role) => void;
  onFocalPointsChanged: () => void;
}

/** One member as administrators see them, with what can be done to the account. */
export function AdminMemberCard({ member, isSelf, onAction, onFocalPointsChanged }: AdminMemberCardProps) {
  const { t } = useTranslation('admin');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const headingId = useId();
  const selectId = useId();
  const [role, setRole] = useState<Role>(member.role);
  const [shownRole, setShownRole] = useState<Role>(member.role);
  // The role changed on the server (after a confirmed change): the select follows it.
  if (member.role !== shownRole) {
    setShownRole(member.role);
    setRole(member.role);
  }

  const status = member.status;
  const canSuspend = status === 'ACTIVE';
  const canReactivate = status === 'SUSPENDED';
  const canDeactivate = status === 'ACTIVE' || status === 'SUSPENDED' || status === 'APPROVED';
  const roleChangeable = status === 'ACTIVE' || status === 'SUSPENDED' || status === 'APPROVED';
  // Yourself: the note (the role select's hint, or a paragraph) says why everything is disabled.
  const noteId = roleChangeable ? `${selectId}-hint` : `${selectId}-note`;
  const describedBy = isSelf ? `${headingId} ${noteId}` : headingId;

  return (
    <article className="admin-card" aria-labelledby={headingId}>
      <div className="admin-card__header">
        <Avatar name={member.fullName} photoUrl={member.photoUrl} />
        <h2 id={headingId} className="admin-card__title">
          {status === 'ACTIVE' ? (
            <Link to={`/members/${member.id}`}>{member.fullName}</Link>
          ) : (
            member.fullName
          )}
        </h2>
        {isSelf && <span className="admin-badge">{t('members.you')}</span>}
        <span className={`admin-badge ${STATUS_TONE[status] ?? ''}`}>{t(`status.${status}`)}</span>
        <span className="admin-badge">{labels.role(member.role)}</span>
      </div>
      <ul className="admin-member__facts">
        <li>{member.email}</li>
        {(member.position || member.institution || member.country) && (
          <li>
            {/* Each part isolated: a Latin institution must not swap places with an Arabic country name. */}
            {[member.position, member.institution, member.country ? names.country(member.country) : null]
              .filter(Boolean)
              .map((part, index) => (
                <Fragment key={index}>
                  {index > 0 && ' · '}
                  <bdi>{part}</bdi>
                </Fragment>
              ))}
          </li>
        )}
        <li>
          <span className={`admin-badge ${member.mfaEnabled ? 'admin-badge--ok' : ''}`}>
            {member.mfaEnabled ? t('members.mfaOn') : t('members.mfaOff')}
          </span>
        </li>
        {member.lockedUntil && (
          <li>
            <span className="admin-badge admin-badge--danger">
              <svg className="admin-badge__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z"
                />
              </svg>
              {t('members.locked', { time: names.dateTime(member.lockedUntil) })}
            </span>
          </li>
        )}
        <li className="admin-muted">{t('members.joined', { date: names.date(member.createdAt) })}</li>
      </ul>

      <div className="admin-member__controls">
        {roleChangeable && (
          <div className="admin-member__role">
            <FormField
              id={selectId}
              label={t('members.role')}
              hint={isSelf ? t('members.ownRoleNote') : undefined}
            >
              <Select
                name="role"
                value={role}
                disabled={isSelf}
                onChange={(event) => setRole(event.target.value as Role)}
              >
                {ROLES.map((option) => (
                  <option key={option} value={option}>
                    {labels.role(option)}
                  </option>
                ))}
              </Select>
            </FormField>
            <Button
              variant="secondary"
              disabled={isSelf || role === member.role}
              aria-describedby={describedBy}
              onClick={() => onAction('role', member, role)}
            >
              {t('members.changeRole')}
            </Button>
          </div>
        )}
        <div className="admin-card__actions">
          {canSuspend && (
            <Button
              variant="secondary"
              disabled={isSelf}
              aria-describedby={describedBy}
              onClick={() => onAction('suspend', member)}
            >
              {t('members.suspend')}
            </Button>
          )}
          {canReactivate && (
            <Button
              variant="secondary"
              disabled={isSelf}
              aria-describedby={describedBy}
              onClick={() => onAction('reactivate', member)}
            >
              {t('members.reactivate')}
            </Button>
          )}
          {canDeactivate && (
            <Button
              variant="danger"
              disabled={isSelf}
              aria-describedby={describedBy}
              onClick={() => onAction('deactivate', member)}
            >
              {t('members.deactivate')}
            </Button>
          )}
        </div>
        {isSelf && !roleChangeable && (
          <p id={noteId} className="admin-muted">
            {t('members.ownRoleNote')}
          </p>
        )}
      </div>

      <FocalPointsEditor member={member} onChanged={onFocalPointsChanged} />
    </article>
  );
}
