import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import type { DiscussionSearchQuery as DiscussionSearchData } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { SelectOptions } from '../../../ui/SelectOptions';
import { TextInput } from '../../../ui/TextInput';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination, useRangeText } from '../../identity/components/Pagination';
import { FormError, errorCode } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { countryOptions } from '../../identity/lib/options';
import { Highlight } from '../components/Highlight';
import { MemberPicker } from '../components/MemberPicker';
import { RelativeTime } from '../components/RelativeTime';
import { DiscussionCategoriesQuery } from '../graphql/categories';
import { DiscussionAuthorQuery, DiscussionSearchQuery } from '../graphql/search';
import { useCategoryText } from '../lib/localized';
import {
  SEARCH_PAGE_SIZE,
  readSearchParams,
  searchFilter,
  useAddressParams,
  type SearchParams,
} from '../lib/params';
import '../components/discussions.css';

/** Full-text search over the discussions, every choice in the address (a search can be shared). */
export function SearchPage() {
  const { t, i18n } = useTranslation('discussions');
  const { search } = useLocation();
  const resultsHeading = useId();
  const { params, set, setPage } = useAddressParams(readSearchParams);
  const language = currentLanguage(i18n);
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;
  const searching = params.q.length >= 2;
  const variables = useMemo(
    () => ({ query: params.q, filter: searchFilter(params), language, first: SEARCH_PAGE_SIZE, offset }),
    [params, language, offset],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionSearchQuery,
    variables,
    pause: !searching,
  });
  const page = searching ? data?.discussionSearch : undefined;
  const range = useRangeText(page?.total ?? 0, SEARCH_PAGE_SIZE, offset);

  let status = '';
  if (!searching) status = '';
  else if (fetching && !page) status = t('search.searching');
  else if (page && page.total === 0) status = t('search.none');
  else if (page) status = range;

  return (
    <div className="discussions-page">
      <nav aria-label={t('breadcrumbs')} className="discussions-breadcrumbs">
        <ol>
          <li>
            <Link to="/discussions">{t('home.title')}</Link>
          </li>
        </ol>
      </nav>
      <Page title={t('search.title')} lead={t('search.lead')}>
        {/* The form starts again from the address whenever it changes (the back button, a link). */}
        <SearchForm
          key={search}
          params={params}
          onSearch={set}
          onClear={() => set({ category: '', tag: '', country: '', author: '', from: '', to: '' })}
        />
        <section className="discussions-section" aria-labelledby={resultsHeading}>
          <h2 id={resultsHeading} className="visually-hidden">
            {t('search.results')}
          </h2>
          <p role="status" className="discussions-status">
            {status}
          </p>
          {error && !fetching && errorCode(error) === 'BAD_USER_INPUT' && <FormError error={error} />}
          {error && !fetching && errorCode(error) !== 'BAD_USER_INPUT' && (
            <LoadError
              message={t('search.error')}
              retryLabel={t('retry')}
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          )}
          {!searching && <p className="discussions-muted">{t('search.prompt')}</p>}
          {page && page.items.length === 0 && (
            <EmptyState title={t('search.none')} headingLevel={3}>
              <p>{t('search.noneBody')}</p>
            </EmptyState>
          )}
          {page && page.items.length > 0 && <SearchResults page={page} labelledBy={resultsHeading} />}
          {page && (
            <Pagination
              total={page.total}
              first={SEARCH_PAGE_SIZE}
              offset={offset}
              label={t('search.pages')}
              onChange={(next) => setPage(Math.floor(next / SEARCH_PAGE_SIZE) + 1)}
            />
          )}
        </section>
      </Page>
    </div>
  );
}

type Results = DiscussionSearchData['discussionSearch'];

function SearchResults({ page, labelledBy }: { page: Results; labelledBy: string }) {
  const { t } = useTranslation('discussions');
  const category = useCategoryText();
  return (
    <ol className="discussions-results" aria-labelledby={labelledBy}>
      {page.items.map((hit) => {
        const href = `/discussions/t/${hit.thread.id}${hit.post ? `#post-${hit.post.id}` : ''}`;
        const author = hit.post?.author ?? hit.thread.author;
        const when = hit.post?.createdAt ?? hit.thread.createdAt;
        return (
          <li key={`${hit.thread.id}-${hit.post?.id ?? 'thread'}`} className="discussions-result">
            <h3 className="discussions-result__title">
              <Link to={href} dir="auto">
                <Highlight parts={hit.title} />
              </Link>
            </h3>
            <p className="discussions-thread__meta">
              <span>
                {t('thread.inCategory')}{' '}
                <Link to={`/discussions/c/${hit.thread.category.slug}`}>
                  {category.name(hit.thread.category)}
                </Link>
              </span>
              {author && <span>{author.fullName}</span>}
              <RelativeTime iso={when} />
              {hit.post && <span>{t('search.inPost', { n: hit.post.seq })}</span>}
            </p>
            {hit.excerpt.length > 0 && (
              <p className="discussions-result__excerpt" dir="auto">
                <Highlight parts={hit.excerpt} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface SearchFormProps {
  params: SearchParams;
  onSearch: (changes: Record<string, string | boolean>) => void;
  onClear: () => void;
}

function SearchForm({ params, onSearch, onClear }: SearchFormProps) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const text = useCategoryText();
  const countries = useMemo(() => countryOptions(names), [names]);
  const [form, setForm] = useState(params);
  const [authorName, setAuthorName] = useState<string | null>(null);
  const [{ data: categoriesData }] = useQuery({ query: DiscussionCategoriesQuery });
  const [{ data: authorData }] = useQuery({
    query: DiscussionAuthorQuery,
    variables: { id: form.author },
    pause: !form.author || authorName !== null,
  });
  const shownAuthor =
    authorName ?? (authorData?.member.id === form.author ? authorData.member.fullName : null);
  const filtered = Boolean(
    params.category || params.tag || params.country || params.author || params.from || params.to,
  );

  function update(key: keyof SearchParams, value: string) {
    setForm((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch({
      q: form.q.trim(),
      category: form.category,
      tag: form.tag.trim().replace(/^#/, ''),
      country: form.country,
      author: form.author,
      from: form.from,
      to: form.to,
    });
  }

  return (
    <form role="search" aria-label={t('search.formLabel')} className="discussions-search" onSubmit={submit}>
      <div className="discussions-search__query">
        <FormField label={t('search.query')} hint={t('search.queryHint')}>
          <TextInput
            type="search"
            name="q"
            dir="auto"
            autoComplete="off"
            maxLength={DISCUSSION_LIMITS.searchQueryMax}
            value={form.q}
            onChange={(event) => update('q', event.target.value)}
          />
        </FormField>
        <Button type="submit">{t('search.submit')}</Button>
      </div>
      <details className="discussions-search__filters" open={filtered || undefined}>
        <summary>{t('search.filters')}</summary>
        <div className="discussions-search__grid">
          <FormField label={t('form.category')}>
            <Select
              name="category"
              value={form.category}
              onChange={(event) => update('category', event.target.value)}
            >
              <option value="">{t('search.anyCategory')}</option>
              {(categoriesData?.discussionCategories ?? []).map((category) => (
                <option key={category.id} value={category.id}>
                  {text.name(category)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t('filters.tag')}>
            <TextInput
              name="tag"
              dir="auto"
              value={form.tag}
              onChange={(event) => update('tag', event.target.value)}
            />
          </FormField>
          <FormField label={t('filters.country')}>
            <Select
              name="country"
              value={form.country}
              onChange={(event) => update('country', event.target.value)}
            >
              <option value="">{t('filters.anyCountry')}</option>
              <SelectOptions options={countries} />
            </Select>
          </FormField>
          <FormField label={t('search.from')}>
            <TextInput
              type="date"
              name="from"
              value={form.from}
              onChange={(event) => update('from', event.target.value)}
            />
          </FormField>
          <FormField label={t('search.to')}>
            <TextInput
              type="date"
              name="to"
              value={form.to}
              onChange={(event) => update('to', event.target.value)}
            />
          </FormField>
          <div className="discussions-search__author">
            {form.author ? (
              <p className="discussions-chip">
                <span>{t('search.byAuthor', { name: shownAuthor ?? t('search.someAuthor') })}</span>
                <button
                  type="button"
                  className="discussions-chip__remove"
                  aria-label={t('search.removeAuthor')}
                  onClick={() => {
                    update('author', '');
                    setAuthorName(null);
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </p>
            ) : (
              <MemberPicker
                label={t('search.author')}
                hint={t('search.authorHint')}
                onChoose={(member) => {
                  update('author', member.id);
                  setAuthorName(member.fullName);
                }}
              />
            )}
          </div>
        </div>
      </details>
      {filtered && (
        <div>
          <Button variant="secondary" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        </div>
      )}
    </form>
  );
}
