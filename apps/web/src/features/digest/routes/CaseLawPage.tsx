import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { useIsDigestModerator } from '../components/common';
import { SearchPage } from './SearchPage';
import '../components/digest.css';

const CasePage = lazy(() => import('./CasePage').then((m) => ({ default: m.CasePage })));
const NewCasePage = lazy(() => import('./CaseFormPage').then((m) => ({ default: m.NewCasePage })));
const EditCasePage = lazy(() => import('./CaseFormPage').then((m) => ({ default: m.EditCasePage })));
const HistoryPage = lazy(() => import('./HistoryPage').then((m) => ({ default: m.HistoryPage })));
const TranslatePage = lazy(() => import('./TranslatePage').then((m) => ({ default: m.TranslatePage })));
const MyCasesPage = lazy(() => import('./MyCasesPage').then((m) => ({ default: m.MyCasesPage })));
const ReviewPage = lazy(() => import('./ReviewPage').then((m) => ({ default: m.ReviewPage })));
const ImportPage = lazy(() => import('./ImportPage').then((m) => ({ default: m.ImportPage })));
const TaxonomyPage = lazy(() => import('./TaxonomyPage').then((m) => ({ default: m.TaxonomyPage })));

/**
 * Case law, mounted at /case-law/*: the faceted search (the whole search in the address), a record,
 * its form, history and translations, the caller's proposals; for moderators the review queue,
 * import and the taxonomy. Anything else is the not-found page.
 */
export function CaseLawPage() {
  const moderator = useIsDigestModerator();
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<SearchPage />} />
        <Route path="new" element={<NewCasePage />} />
        <Route path="mine" element={<MyCasesPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="cases/:id/edit" element={<EditCasePage />} />
        <Route path="cases/:id/history" element={<HistoryPage />} />
        <Route path="cases/:id/translate" element={<TranslatePage />} />
        {moderator && <Route path="review" element={<ReviewPage />} />}
        {moderator && <Route path="import" element={<ImportPage />} />}
        {moderator && <Route path="taxonomy" element={<TaxonomyPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="digest-muted">
      {t('app.loading')}
    </p>
  );
}
