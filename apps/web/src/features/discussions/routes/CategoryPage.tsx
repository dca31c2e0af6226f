import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { WatchLevel } from '@cop/contracts';
import { Page } from '../../../ui/Page';
import { LoadError } from '../../identity/components/LoadError';
import { errorCode } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { LockIcon } from '../components/Icons';
import { ThreadsSection } from '../components/ThreadsSection';
import { WatchSelect } from '../components/WatchSelect';
import { DiscussionCategoryQuery, WatchDiscussionCategoryMutation } from '../graphql/categories';
import { useCategoryText } from '../lib/localized';
import '../../../ui/Button.css';
import '../components/discussions.css';

/** A category's threads, at /discussions/c/:slug. */
export function CategoryPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('discussions');
  const { t: tc } = useTranslation();
  const names = useIntlNames();
  const text = useCategoryText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionCategoryQuery,
    variables: { idOrSlug: slug },
    pause: !slug,
    requestPolicy: 'cache-and-network',
  });
  const [, watch] = useMutation(WatchDiscussionCategoryMutation);
  const category = data?.discussionCategory;

  if (!slug || errorCode(error) === 'NOT_FOUND') {
    return (
      <Page title={tc('notFound.title')} lead={t('category.notFound')}>
        <p>
          <Link to="/discussions">{t('backToDiscussions')}</Link>
        </p>
      </Page>
    );
  }

  if (!category) {
    return (
      <div className="discussions-page">
        <p>
          <Link to="/discussions">{t('backToDiscussions')}</Link>
        </p>
        {error && !fetching ? (
          <LoadError
            message={t('category.error')}
            retryLabel={t('retry')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <p role="status">{t('category.loading')}</p>
        )}
      </div>
    );
  }

  const name = text.name(category);
  const description = text.description(category);

  return (
    <div className="discussions-page">
      <nav aria-label={t('breadcrumbs')} className="discussions-breadcrumbs">
        <ol>
          <li>
            <Link to="/discussions">{t('home.title')}</Link>
          </li>
        </ol>
      </nav>
      <Page title={name} lead={description || undefined}>
        {category.restricted && (
          <p className="discussions-marker">
            <LockIcon />
            {category.groups.length > 0
              ? t('category.restrictedTo', { groups: names.list(category.groups.map((group) => group.name)) })
              : t('category.restricted')}
          </p>
        )}
        <div className="discussions-actions">
          <Link className="ui-button ui-button--primary" to={`/discussions/new?category=${category.id}`}>
            {t('category.newThread')}
          </Link>
          <WatchSelect
            kind="category"
            level={category.watchLevel as WatchLevel}
            label={t('watch.categoryLabel', { name })}
            onChange={async (level) => {
              const result = await watch({ categoryId: category.id, level });
              return !result.error;
            }}
          />
        </div>
        <ThreadsSection
          title={t('category.threadsTitle')}
          categoryId={category.id}
          basePath={`/discussions/c/${category.slug}`}
        />
      </Page>
    </div>
  );
}
