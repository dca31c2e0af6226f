import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page';
import type { AdminSection } from '../lib/sections';

/** The sections this moderator or administrator may open, with what each is for. */
export function AdminOverview({ sections }: { sections: readonly AdminSection[] }) {
  const { t } = useTranslation('admin');
  return (
    <Page title={t('title')} lead={t('lead')}>
      <ul className="admin-overview">
        {sections.map((section) => (
          <li key={section.key} className="admin-overview__item">
            <h2 className="admin-overview__title">
              <Link to={`/admin/${section.path}`}>{t(`nav.${section.key}`)}</Link>
            </h2>
            <p>{t(`overview.${section.key}`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
