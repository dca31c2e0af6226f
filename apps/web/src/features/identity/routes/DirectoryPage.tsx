import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EXPERTISE_AREAS, PRACTITIONER_TYPES } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { LoadError } from '../components/LoadError';
import { MemberCard } from '../components/MemberCard';
import { Pagination, useRangeText } from '../components/Pagination';
import { DirectoryMembersQuery } from '../graphql/directory';
import {
  DIRECTORY_PAGE_SIZE,
  directoryFilter,
  useDirectoryParams,
  type DirectoryParamName,
} from '../hooks/useDirectoryParams';
import { useIntlNames } from '../lib/intl';
import { useMemberLabels } from '../lib/labels';
import { countryOptions, isExpertiseArea, languageOptions } from '../lib/options';
import './DirectoryPage.css';
import { SelectOptions } from '../../../ui/SelectOptions';

/** Typing settles for this long before the search runs (one request per pause, not per key). */
export const SEARCH_DEBOUNCE_MS = 400;

/** The member directory: search and filters live in the address, so a search can be shared. */
export function DirectoryPage() {
  const { t } = useTranslation('members');
  const names = useIntlNames();
  const labels = useMemberLabels();
  const resultsHeadingId = useId();
  const { params, setParam, setPage, clear } = useDirectoryParams();

  // The search box updates the address once typing pauses; the address (back button, a shared link)
  // wins over what was typed.
  const [text, setText] = useState(params.q);
  const [shownQ, setShownQ] = useState(params.q);
  if (params.q !== shownQ) {
    setShownQ(params.q);
    if (params.q !== text.trim()) setText(params.q);
  }
  useEffect(() => {
    if (text.trim() === params.q) return;
    const timer = window.setTimeout(() => setParam('q', text.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, params.q, setParam]);

  const offset = (params.page - 1) * DIRECTORY_PAGE_SIZE;
  const variables = useMemo(
    () => ({ filter: directoryFilter(params), first: DIRECTORY_PAGE_SIZE, offset }),
    [params, offset],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DirectoryMembersQuery, variables });
  const page = data?.directory;
  const range = useRangeText(page?.total ?? 0, DIRECTORY_PAGE_SIZE, offset);

  const countries = useMemo(() => countryOptions(names), [names]);
  const languages = useMemo(() => languageOptions(names, [params.language]), [names, params.language]);
  const expertise = useMemo(() => {
    const areas: string[] = [...EXPERTISE_AREAS];
    if (params.expertise && !isExpertiseArea(params.expertise)) areas.push(params.expertise);
    return areas
      .map((area) => ({ value: area, label: labels.expertise(area) }))
      .sort((a, b) => names.compare(a.label, b.label));
  }, [labels, names, params.expertise]);
  const filtered = Boolean(params.q || params.country || params.type || params.language || params.expertise);

  function submit(event: FormEvent) {
    event.preventDefault();
    setParam('q', text.trim());
  }

  function select(name: DirectoryParamName) {
    return (event: { target: { value: string } }) => setParam(name, event.target.value);
  }

  function clearAll() {
    setText('');
    clear();
  }

  let status: string;
  if (fetching) status = t('directory.loading');
  else if (error || !page) status = '';
  else if (page.total === 0 || page.items.length === 0) status = t('directory.emptyTitle');
  else status = range;

  return (
    <Page title={t('directory.title')} lead={t('directory.lead')}>
      <p>
        <Link to="/focal-points">{t('directory.focalPointsLink')}</Link>
      </p>
      <form
        role="search"
        aria-label={t('directory.searchForm')}
        className="directory-search"
        onSubmit={submit}
      >
        <div className="directory-search__query">
          <FormField label={t('directory.search')} hint={t('directory.searchHint')}>
            <TextInput
              type="search"
              name="q"
              value={text}
              maxLength={100}
              autoComplete="off"
              onChange={(event) => setText(event.target.value)}
            />
          </FormField>
        </div>
        <div className="directory-search__filters">
          <FormField label={t('directory.country')}>
            <Select name="country" value={params.country} onChange={select('country')}>
              <option value="">{t('directory.anyCountry')}</option>
              <SelectOptions options={countries} />
            </Select>
          </FormField>
          <FormField label={t('directory.practitionerType')}>
            <Select name="type" value={params.type} onChange={select('type')}>
              <option value="">{t('directory.anyPractitionerType')}</option>
              {PRACTITIONER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {labels.practitionerType(type)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField label={t('directory.language')}>
            <Select name="language" value={params.language} onChange={select('language')}>
              <option value="">{t('directory.anyLanguage')}</option>
              <SelectOptions options={languages} />
            </Select>
          </FormField>
          <FormField label={t('directory.expertise')}>
            <Select name="expertise" value={params.expertise} onChange={select('expertise')}>
              <option value="">{t('directory.anyExpertise')}</option>
              <SelectOptions options={expertise} />
            </Select>
          </FormField>
        </div>
        {filtered && (
          <div>
            <Button variant="secondary" onClick={clearAll}>
              {t('directory.clear')}
            </Button>
          </div>
        )}
      </form>

      <section className="directory-results" aria-labelledby={resultsHeadingId}>
        <h2 id={resultsHeadingId} className="visually-hidden">
          {t('directory.results')}
        </h2>
        <p role="status" className="directory-results__status">
          {status}
        </p>
        {error && !fetching && (
          <LoadError
            message={t('directory.error')}
            retryLabel={t('directory.retry')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}
        {page && !error && page.items.length === 0 && !fetching && (
          <EmptyState title={t('directory.emptyTitle')} headingLevel={3}>
            <p>{t('directory.emptyBody')}</p>
            {filtered && (
              <Button variant="secondary" onClick={clearAll}>
                {t('directory.clear')}
              </Button>
            )}
          </EmptyState>
        )}
        {page && page.items.length > 0 && (
          <ul className="directory-results__list" aria-labelledby={resultsHeadingId} aria-busy={fetching}>
            {page.items.map((member) => (
              <li key={member.id}>
                <MemberCard member={member} />
              </li>
            ))}
          </ul>
        )}
        {page && (
          <Pagination
            total={page.total}
            first={DIRECTORY_PAGE_SIZE}
            offset={offset}
            onChange={(next) => setPage(Math.floor(next / DIRECTORY_PAGE_SIZE) + 1)}
          />
        )}
      </section>
    </Page>
  );
}
