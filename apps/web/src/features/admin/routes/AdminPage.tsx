import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { useViewer } from '../../identity/session/ViewerContext';
import { Page } from '../../../ui/Page';
import { ADMIN_SECTIONS, canOpen, type AdminSection } from '../lib/sections';
import { AdminOverview } from './AdminOverview';
import './AdminPage.css';

/** One lazy component per section, made once: React keeps the loaded module. */
const PAGES = new Map(ADMIN_SECTIONS.map((section) => [section.key, lazy(section.load)]));
const OutboxMessagePage = lazy(() =>
  import('./OutboxMessagePage').then((m) => ({ default: m.OutboxMessagePage })),
);

/**
 * Administration, mounted at /admin/*: a sub-navigation and one page per section. Moderators see
 * vetting and invitations; members, the audit log and the outbox are for administrators.
 */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const { viewer } = useViewer();
  const role = viewer?.role;
  const visible = ADMIN_SECTIONS.filter((section) => canOpen(section, role));

  function guarded(section: AdminSection) {
    const Section = PAGES.get(section.key);
    if (!Section) return null;
    return canOpen(section, role) ? <Section /> : <AdminOnly />;
  }

  const outbox = ADMIN_SECTIONS.find((section) => section.key === 'outbox');
  const loading = (
    <p className="admin__loading" role="status">
      {t('loading')}
    </p>
  );
  // The session guard above waits for the viewer; this only covers a page rendered without it.
  if (!viewer) return loading;

  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t('sections')}>
        <ul className="admin-nav__list">
          <li>
            <NavLink to="/admin" end className="admin-nav__link">
              {t('nav.overview')}
            </NavLink>
          </li>
          {visible.map((section) => {
            const preload = () => void section.load();
            return (
              <li key={section.key}>
                <NavLink
                  to={`/admin/${section.path}`}
                  className="admin-nav__link"
                  onPointerEnter={preload}
                  onFocus={preload}
                >
                  {t(`nav.${section.key}`)}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <Suspense fallback={loading}>
        <Routes>
          <Route index element={<AdminOverview sections={visible} />} />
          {ADMIN_SECTIONS.map((section) => (
            <Route key={section.key} path={section.path} element={guarded(section)} />
          ))}
          <Route
            path="outbox/:id"
            element={outbox && canOpen(outbox, role) ? <OutboxMessagePage /> : <AdminOnly />}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}

/** A moderator on an administrators' page (a shared link, say). */
function AdminOnly() {
  const { t } = useTranslation('admin');
  return <Page title={t('adminOnly.title')} lead={t('adminOnly.body')} />;
}
