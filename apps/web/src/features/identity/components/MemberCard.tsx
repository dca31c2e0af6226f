import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryMembersQuery } from '../../../graphql/generated/graphql';
import { useIntlNames } from '../lib/intl';
import { useMemberLabels } from '../lib/labels';
import { Avatar } from './Avatar';
import { RoleBadge } from './RoleBadge';
import './MemberCard.css';

export type DirectoryMember = DirectoryMembersQuery['directory']['items'][number];

/** One member in the directory: who they are, where they work, the languages they work in. */
export function MemberCard({ member }: { member: DirectoryMember }) {
  const { t } = useTranslation('members');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const headingId = useId();
  const work = [member.position, member.institution].filter(Boolean).join(' · ');

  return (
    <article className="member-card" aria-labelledby={headingId}>
      <Avatar name={member.fullName} photoUrl={member.photoUrl} />
      <div className="member-card__body">
        <h3 id={headingId} className="member-card__name">
          <Link to={`/members/${member.id}`}>{member.fullName}</Link>
        </h3>
        <RoleBadge role={member.role} />
        {work && <p className="member-card__line">{work}</p>}
        {member.country && <p className="member-card__line">{names.country(member.country)}</p>}
        {member.languages.length > 0 && (
          <p className="member-card__line member-card__muted">
            <span className="visually-hidden">{t('card.languages')}: </span>
            {names.list(member.languages.map(names.language))}
          </p>
        )}
        {member.focalPoints.length > 0 && (
          <ul className="member-card__badges">
            {member.focalPoints.map((focal) => (
              <li key={focal.id} className="member-badge member-badge--focal">
                {t('card.focalPoint')}: {labels.authority(focal.authority)} — {names.country(focal.country)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
