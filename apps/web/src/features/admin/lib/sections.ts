import type { ComponentType } from 'react';
import type { Role } from '../../../graphql/generated/graphql';

export type AdminSectionKey = 'vetting' | 'invitations' | 'members' | 'audit' | 'outbox';

export interface AdminSection {
  key: AdminSectionKey;
  /** Below /admin/. */
  path: string;
  /** Roles that may open the section; moderators vet and invite, the rest is for administrators. */
  roles: readonly Role[];
  /** The section's page, its own chunk: fetched on first visit, or on hover/focus of its link. */
  load: () => Promise<{ default: ComponentType }>;
}

const STAFF: readonly Role[] = ['MODERATOR', 'ADMIN'];
const ADMINS: readonly Role[] = ['ADMIN'];

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    key: 'vetting',
    path: 'vetting',
    roles: STAFF,
    load: () => import('../routes/VettingPage').then((m) => ({ default: m.VettingPage })),
  },
  {
    key: 'invitations',
    path: 'invitations',
    roles: STAFF,
    load: () => import('../routes/InvitationsPage').then((m) => ({ default: m.InvitationsPage })),
  },
  {
    key: 'members',
    path: 'members',
    roles: ADMINS,
    load: () => import('../routes/AdminMembersPage').then((m) => ({ default: m.AdminMembersPage })),
  },
  {
    key: 'audit',
    path: 'audit',
    roles: ADMINS,
    load: () => import('../routes/AuditPage').then((m) => ({ default: m.AuditPage })),
  },
  {
    key: 'outbox',
    path: 'outbox',
    roles: ADMINS,
    load: () => import('../routes/OutboxPage').then((m) => ({ default: m.OutboxPage })),
  },
];

export function canOpen(section: AdminSection, role: Role | undefined): boolean {
  return role !== undefined && section.roles.includes(role);
}
