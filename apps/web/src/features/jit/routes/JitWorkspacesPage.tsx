import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { JitNotFoundPage } from '../components/common';
import '../components/jit.css';

const ListPage = lazy(() => import('./JitListPage').then((m) => ({ default: m.JitListPage })));
const NewPage = lazy(() => import('./NewWorkspacePage').then((m) => ({ default: m.NewWorkspacePage })));
const WorkspacePage = lazy(() => import('./WorkspacePage').then((m) => ({ default: m.WorkspacePage })));

/**
 * JIT workspaces, mounted at /jit/*: the caller's workspaces, a new one, and a workspace with its
 * tabs at /jit/:workspaceId/… Anything else is the not-found page.
 */
export function JitWorkspacesPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<ListPage />} />
        <Route path="new" element={<NewPage />} />
        <Route path=":workspaceId/*" element={<WorkspacePage />} />
        <Route path="*" element={<JitNotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="jit-muted">
      {t('app.loading')}
    </p>
  );
}
