import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { useIsModerator } from '../lib/roles';

/** Each page is its own chunk, fetched on first visit; React keeps the loaded module. */
const HomePage = lazy(() =>
  import('./DiscussionsHomePage').then((m) => ({ default: m.DiscussionsHomePage })),
);
const CategoryPage = lazy(() => import('./CategoryPage').then((m) => ({ default: m.CategoryPage })));
const ThreadPage = lazy(() => import('./ThreadPage').then((m) => ({ default: m.ThreadPage })));
const NewThreadPage = lazy(() => import('./NewThreadPage').then((m) => ({ default: m.NewThreadPage })));
const SearchPage = lazy(() => import('./SearchPage').then((m) => ({ default: m.SearchPage })));
const ModerationPage = lazy(() => import('./ModerationPage').then((m) => ({ default: m.ModerationPage })));
const ManagePage = lazy(() => import('./ManagePage').then((m) => ({ default: m.ManagePage })));

/**
 * Discussions, mounted at /discussions/*: the home (categories and recent threads), a category,
 * a thread, a new thread, search; moderators also have the moderation queue and the management of
 * groups and categories (others get the not-found page there, like any missing page).
 */
export function DiscussionsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<HomePage />} />
        <Route path="c/:slug" element={<CategoryPage />} />
        <Route path="t/:id" element={<ThreadPage />} />
        <Route path="new" element={<NewThreadPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route
          path="moderation"
          element={
            <ModeratorsOnly>
              <ModerationPage />
            </ModeratorsOnly>
          }
        />
        <Route
          path="manage"
          element={
            <ModeratorsOnly>
              <ManagePage />
            </ModeratorsOnly>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

function ModeratorsOnly({ children }: { children: ReactNode }) {
  return useIsModerator() ? children : <NotFoundPage />;
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="discussions-muted">
      {t('app.loading')}
    </p>
  );
}
