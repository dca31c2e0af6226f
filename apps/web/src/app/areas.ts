import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';
import type { Role } from '@cop/contracts';

export interface Area {
  /** Path below the root; '' is the home page. */
  path: string;
  /** Label of the area in the primary navigation. */
  navLabel: ParseKeys;
  /** Loads the area's page. Each area is its own chunk, fetched on first visit (or on hover/focus of its link). */
  load: () => Promise<{ default: ComponentType }>;
  /**
   * Who reaches the area: everyone, or signed-in members (of `roles` only, when given). The
   * navigation shows an area only to those who may open it; the route is guarded as well.
   */
  access: 'public' | 'session';
  roles?: readonly Role[];
  /** The page routes further paths below its own (`admin/*`). */
  nested?: boolean;
}

/** Roles that moderate and administer the community. */
export const STAFF_ROLES: readonly Role[] = ['MODERATOR', 'ADMIN'];

/** The portal's areas, in navigation order; each page lives in the feature folder that owns it. */
export const AREAS: readonly Area[] = [
  {
    path: '',
    navLabel: 'nav.home',
    access: 'public',
    load: () => import('../features/home/routes/HomePage').then((m) => ({ default: m.HomePage })),
  },
  {
    path: 'discussions',
    navLabel: 'nav.discussions',
    access: 'session',
    nested: true,
    load: () =>
      import('../features/discussions/routes/DiscussionsPage').then((m) => ({ default: m.DiscussionsPage })),
  },
  {
    path: 'messages',
    navLabel: 'nav.messages',
    access: 'session',
    nested: true,
    load: () =>
      import('../features/messaging/routes/MessagesPage').then((m) => ({ default: m.MessagesPage })),
  },
  {
    path: 'case-law',
    navLabel: 'nav.caseLaw',
    access: 'session',
    nested: true,
    load: () => import('../features/digest/routes/CaseLawPage').then((m) => ({ default: m.CaseLawPage })),
  },
  {
    path: 'jit',
    navLabel: 'nav.jit',
    access: 'session',
    nested: true,
    load: () =>
      import('../features/jit/routes/JitWorkspacesPage').then((m) => ({ default: m.JitWorkspacesPage })),
  },
  {
    path: 'directory',
    navLabel: 'nav.directory',
    access: 'session',
    load: () =>
      import('../features/identity/routes/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
  },
  {
    path: 'admin',
    navLabel: 'nav.admin',
    access: 'session',
    roles: STAFF_ROLES,
    nested: true,
    load: () => import('../features/admin/routes/AdminPage').then((m) => ({ default: m.AdminPage })),
  },
];
