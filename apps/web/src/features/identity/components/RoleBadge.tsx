import type { Role } from '../../../graphql/generated/graphql';
import { useMemberLabels } from '../lib/labels';
import './MemberCard.css';

/** Marks moderators and administrators; members carry no badge. */
export function RoleBadge({ role, always = false }: { role: Role; always?: boolean }) {
  const labels = useMemberLabels();
  if (role === 'MEMBER' && !always) return null;
  return <span className={`member-badge member-badge--${role.toLowerCase()}`}>{labels.role(role)}</span>;
}
