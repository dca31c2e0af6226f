import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { TextInput } from '../../../ui/TextInput';
import { LoadError } from '../../identity/components/LoadError';
import { useIntlNames } from '../../identity/lib/intl';
import { CategoryList } from '../components/CategoryList';
import { ThreadsSection } from '../components/ThreadsSection';
import { DiscussionCategoriesQuery, ModerationQueueCountQuery } from '../graphql/categories';
import { useIsModerator } from '../lib/roles';
import '../../../ui/Button.css';
import '../components/discussions.css';

/** The discussions' home: categories, the latest threads across them, search and "New thread". */
export function DiscussionsHomePage() {
  const { t } = useTranslation('discussions');
  const categoriesHeading = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionCategoriesQuery,
    requestPolicy: 'cache-and-network',
  });
  const categories = data?.discussionCategories;

  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <div className="discussions-actions">
        <SearchBox />
        <Link className="ui-button ui-button--primary" to="/discussions/new">
          {t('home.newThread')}
        </Link>
      </div>
      <ModeratorLinks />

      <section className="discussions-section" aria-labelledby={categoriesHeading}>
        <h2 id={categoriesHeading}>{t('home.categories')}</h2>
        {fetching && !categories && <p role="status">{t('home.loadingCategories')}</p>}
        {error && !fetching && (
          <LoadError
            message={t('home.categoriesError')}
            retryLabel={t('retry')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
        {categories && categories.length === 0 && (
          <EmptyState title={t('home.noCategories')} headingLevel={3}>
            <p>{t('home.noCategoriesBody')}</p>
          </EmptyState>
        )}
        {categories && categories.length > 0 && (
          <CategoryList categories={categories} labelledBy={categoriesHeading} />
        )}
      </section>

      <ThreadsSection title={t('home.recent')} basePath="/discussions" />
    </Page>
  );
}

/** The search box leads to the search page, the words in its address. */
function SearchBox() {
  const { t } = useTranslation('discussions');
  const navigate = useNavigate();
  const [text, setText] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    const q = text.trim();
    void navigate(q ? `/discussions/search?q=${encodeURIComponent(q)}` : '/discussions/search');
  }
  return (
    <form
      role="search"
      className="discussions-search-box"
      aria-label={t('search.formLabel')}
      onSubmit={submit}
    >
      <label htmlFor="discussions-search-q" className="visually-hidden">
        {t('search.query')}
      </label>
      <TextInput
        id="discussions-search-q"
        type="search"
        name="q"
        value={text}
        maxLength={200}
        autoComplete="off"
        placeholder={t('search.placeholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" variant="secondary">
        {t('search.submit')}
      </Button>
    </form>
  );
}

/** Moderators: the queue of flagged posts (with how many wait) and the groups and categories. */
function ModeratorLinks() {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const moderator = useIsModerator();
  const [{ data }] = useQuery({
    query: ModerationQueueCountQuery,
    pause: !moderator,
    requestPolicy: 'cache-and-network',
  });
  if (!moderator) return null;
  const waiting = data?.moderationQueueCount ?? 0;
  const count = new Intl.NumberFormat(names.locale).format(waiting);
  return (
    <nav className="discussions-moderator-links" aria-label={t('home.moderatorTools')}>
      <Link to="/discussions/moderation">
        {t('home.moderation')}
        {waiting > 0 && (
          <>
            {' '}
            <span className="discussions-badge discussions-badge--count">{count}</span>
            <span className="visually-hidden"> {t('home.moderationWaiting')}</span>
          </>
        )}
      </Link>
      <Link to="/discussions/manage">{t('home.manage')}</Link>
    </nav>
  );
}
