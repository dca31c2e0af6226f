import type { ComponentType } from 'react';
import type { ParseKeys } from 'i18next';

export interface Area {
  /** Path below the root; '' is the home page. */
  path: string;
  /** Label of the area in the primary navigation. */
  navLabel: ParseKeys;
  /** Loads the area's page. Each area is its own chunk, fetched on first visit (or on hover/focus of its link). */
  load: () => Promise<{ default: ComponentType }>;
}

/** The portal's areas, in navigation order; each page lives in the feature folder that owns it. */
export const AREAS: readonly Area[] = [
  {
    path: '',
    navLabel: 'nav.home',
    load: () => import('../features/home/routes/HomePage').then((m) => ({ default: m.HomePage })),
  },
  {
    path: 'discussions',
    navLabel: 'nav.discussions',
    load: () =>
      import('../features/discussions/routes/DiscussionsPage').then((m) => ({ default: m.DiscussionsPage })),
  },
  {
    path: 'messages',
    navLabel: 'nav.messages',
    load: () =>
      import('../features/messaging/routes/MessagesPage').then((m) => ({ default: m.MessagesPage })),
  },
  {
    path: 'case-law',
    navLabel: 'nav.caseLaw',
    load: () => import('../features/digest/routes/CaseLawPage').then((m) => ({ default: m.CaseLawPage })),
  },
  {
    path: 'jit',
    navLabel: 'nav.jit',
    load: () =>
      import('../features/jit/routes/JitWorkspacesPage').then((m) => ({ default: m.JitWorkspacesPage })),
  },
  {
    path: 'directory',
    navLabel: 'nav.directory',
    load: () =>
      import('../features/identity/routes/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
  },
  {
    path: 'admin',
    navLabel: 'nav.admin',
    load: () => import('../features/admin/routes/AdminPage').then((m) => ({ default: m.AdminPage })),
  },
];
