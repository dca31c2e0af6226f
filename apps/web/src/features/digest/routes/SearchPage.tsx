import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { DIGEST_EXPORT_FORMATS, type CaseOutcome, type CourtLevel, type DigestRegion } from '@cop/contracts';
import type { DigestSearchQuery as DigestSearchData } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { CheckboxGroup, type CheckboxOption } from '../../../ui/CheckboxGroup';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Page } from '../../../ui/Page';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { Highlight } from '../../discussions/components/Highlight';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination, useRangeText } from '../../identity/components/Pagination';
import { useIntlNames } from '../../identity/lib/intl';
import { Day, DigestLinks, useTerms } from '../components/common';
import { DigestSearchQuery } from '../graphql/digest';
import {
  DIGEST_PAGE_SIZE,
  DIGEST_SORTS,
  digestSearchInput,
  searchExportUrl,
  useDigestParams,
  type DigestSearchParams,
  type DigestSortValue,
  type ListFilter,
} from '../lib/params';

type Facets = DigestSearchData['digestSearch']['facets'];
type FacetCount = { value: string; count: number };

/** The facet groups, in order: address parameter, facet of the answer. */
const FACETS: readonly { param: ListFilter; facet: keyof Facets }[] = [
  { param: 'country', facet: 'countries' },
  { param: 'region', facet: 'regions' },
  { param: 'offence', facet: 'offences' },
  { param: 'protocol', facet: 'protocolArticles' },
  { param: 'convention', facet: 'conventionArticles' },
  { param: 'weapon', facet: 'weapons' },
  { param: 'modus', facet: 'modus' },
  { param: 'outcome', facet: 'outcomes' },
  { param: 'courtLevel', facet: 'courtLevels' },
];

/** Faceted search over the published records, the whole search in the address. */
export function SearchPage() {
  const { t } = useTranslation('digest');
  const { t: tc } = useTranslation();
  const { search } = useLocation();
  const resultsHeading = useId();
  const { params, update } = useDigestParams();
  const input = useMemo(() => digestSearchInput(params), [params]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestSearchQuery,
    variables: { input },
  });
  const result = data?.digestSearch;
  const offset = (params.page - 1) * DIGEST_PAGE_SIZE;
  const range = useRangeText(result?.total ?? 0, DIGEST_PAGE_SIZE, offset);
  const filtered =
    FACETS.some(({ param }) => params[param].length > 0) || !!params.yearFrom || !!params.yearTo;

  let status = '';
  if (fetching && !result) status = t('search.searching');
  else if (result && result.total === 0) status = t('search.none');
  else if (result) status = t('search.total', { range });

  return (
    <Page title={tc('caseLaw.title')} lead={tc('caseLaw.description')}>
      <DigestLinks />
      <SearchBox key={search} params={params} onSearch={update} />
      <div className="digest-search">
        <Filters
          params={params}
          facets={result?.facets}
          onChange={update}
          onClear={() =>
            update({
              country: [],
              region: [],
              offence: [],
              protocol: [],
              convention: [],
              weapon: [],
              modus: [],
              outcome: [],
              courtLevel: [],
              yearFrom: '',
              yearTo: '',
            })
          }
          filtered={filtered}
        />
        <section aria-labelledby={resultsHeading}>
          <h2 id={resultsHeading}>{t('search.results')}</h2>
          <div className="digest-actions">
            <FormField label={t('search.sort')}>
              <Select
                name="sort"
                value={params.sort}
                onChange={(event) => update({ sort: event.target.value as DigestSortValue })}
              >
                {DIGEST_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sort.${sort}`)}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
          <p role="status" className="digest-muted">
            {status}
          </p>
          {error && !fetching && (
            <LoadError
              message={t('search.error')}
              retryLabel={t('retry')}
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          )}
          {result && result.hits.length === 0 && (
            <EmptyState title={t('search.none')} headingLevel={3}>
              <p>{t('search.noneBody')}</p>
            </EmptyState>
          )}
          {result && result.hits.length > 0 && <Results hits={result.hits} labelledBy={resultsHeading} />}
          {result && (
            <Pagination
              total={result.total}
              first={DIGEST_PAGE_SIZE}
              offset={offset}
              label={t('search.pages')}
              onChange={(next) => update({ page: Math.floor(next / DIGEST_PAGE_SIZE) + 1 })}
            />
          )}
          {result && result.total > 0 && <ExportLinks params={params} />}
        </section>
      </div>
    </Page>
  );
}

function ExportLinks({ params }: { params: DigestSearchParams }) {
  const { t } = useTranslation('digest');
  const heading = useId();
  return (
    <nav aria-labelledby={heading} className="digest-export">
      <h3 id={heading}>{t('export.results')}</h3>
      <ul className="digest-links">
        {DIGEST_EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a href={searchExportUrl(params, format)} download>
              {t(`export.format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Results({
  hits,
  labelledBy,
}: {
  hits: DigestSearchData['digestSearch']['hits'];
  labelledBy: string;
}) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  return (
    <ol className="digest-results" aria-labelledby={labelledBy}>
      {hits.map((hit) => (
        <li key={hit.case.id} className="digest-result">
          <h3 className="digest-result__title">
            <Link to={`/case-law/cases/${hit.case.id}`} dir="auto">
              {hit.case.title}
            </Link>
          </h3>
          <p className="digest-meta">
            <span>{names.country(hit.case.country)}</span>
            <span dir="auto">{hit.case.court}</span>
            <span>{t(`courtLevel.${hit.case.courtLevel as CourtLevel}`)}</span>
            <Day value={hit.case.decisionDate} />
            {hit.case.caseNumber && <span dir="auto">{hit.case.caseNumber}</span>}
            <span>{t(`outcome.${hit.case.outcome as CaseOutcome}`)}</span>
          </p>
          {hit.snippet.length > 0 && (
            <p className="digest-snippet" dir="auto">
              <Highlight parts={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function SearchBox({
  params,
  onSearch,
}: {
  params: DigestSearchParams;
  onSearch: (changes: Partial<DigestSearchParams>) => void;
}) {
  const { t } = useTranslation('digest');
  const [q, setQ] = useState(params.q);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch({ q: q.trim() });
  }
  return (
    <form role="search" aria-label={t('search.formLabel')} className="digest-search__query" onSubmit={submit}>
      <FormField label={t('search.query')} hint={t('search.queryHint')}>
        <TextInput
          type="search"
          name="q"
          dir="auto"
          autoComplete="off"
          maxLength={200}
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
      </FormField>
      <Button type="submit">{t('search.submit')}</Button>
    </form>
  );
}

function Filters({
  params,
  facets,
  onChange,
  onClear,
  filtered,
}: {
  params: DigestSearchParams;
  facets: Facets | undefined;
  onChange: (changes: Partial<DigestSearchParams>) => void;
  onClear: () => void;
  filtered: boolean;
}) {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  const terms = useTerms();
  const heading = useId();
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(currentLanguage(i18n));

  function label(param: ListFilter, value: string): string {
    switch (param) {
      case 'country':
        return names.country(value);
      case 'region':
        return t(`region.${value as DigestRegion}`);
      case 'offence':
        return terms.name('OFFENCE', value);
      case 'weapon':
        return terms.name('WEAPON', value);
      case 'modus':
        return terms.name('MODUS', value);
      case 'protocol':
      case 'convention':
        return t('article', { n: value });
      case 'outcome':
        return t(`outcome.${value as CaseOutcome}`);
      case 'courtLevel':
        return t(`courtLevel.${value as CourtLevel}`);
    }
  }

  function options(param: ListFilter, counts: readonly FacetCount[]): CheckboxOption[] {
    const byValue = new Map(counts.map((entry) => [entry.value, entry.count]));
    for (const chosen of params[param]) if (!byValue.has(chosen)) byValue.set(chosen, 0);
    return [...byValue].map(([value, count]) => ({
      value,
      label: t('facet.option', { label: label(param, value), n: number.format(count) }),
    }));
  }

  const years = facets?.years ?? [];

  return (
    <section className="digest-facets" aria-labelledby={heading}>
      <h2 id={heading}>{t('facet.heading')}</h2>
      {filtered && (
        <p>
          <Button variant="secondary" onClick={onClear}>
            {t('facet.clear')}
          </Button>
        </p>
      )}
      <YearRange params={params} years={years} onChange={onChange} />
      {FACETS.map(({ param, facet }) => {
        const list = options(param, (facets?.[facet] ?? []) as FacetCount[]);
        if (list.length === 0) return null;
        return (
          <CheckboxGroup
            key={param}
            legend={t(`facet.${param}`)}
            name={param}
            options={list}
            value={params[param]}
            onChange={(value) => onChange({ [param]: value })}
          />
        );
      })}
    </section>
  );
}

function YearRange({
  params,
  years,
  onChange,
}: {
  params: DigestSearchParams;
  years: readonly FacetCount[];
  onChange: (changes: Partial<DigestSearchParams>) => void;
}) {
  const { t } = useTranslation('digest');
  const known = useMemo(() => {
    const values = new Set(years.map((year) => year.value));
    if (params.yearFrom) values.add(params.yearFrom);
    if (params.yearTo) values.add(params.yearTo);
    return [...values].sort();
  }, [years, params.yearFrom, params.yearTo]);
  const counts = new Map(years.map((year) => [year.value, year.count]));
  const option = (year: string) => (
    <option key={year} value={year}>
      {counts.has(year) ? t('facet.yearOption', { year, n: counts.get(year) }) : year}
    </option>
  );
  return (
    <fieldset className="digest-years">
      <legend>{t('facet.years')}</legend>
      <FormField label={t('facet.yearFrom')}>
        <Select
          name="yearFrom"
          value={params.yearFrom}
          onChange={(event) => onChange({ yearFrom: event.target.value })}
        >
          <option value="">{t('facet.anyYear')}</option>
          {known.map(option)}
        </Select>
      </FormField>
      <FormField label={t('facet.yearTo')}>
        <Select
          name="yearTo"
          value={params.yearTo}
          onChange={(event) => onChange({ yearTo: event.target.value })}
        >
          <option value="">{t('facet.anyYear')}</option>
          {known.map(option)}
        </Select>
      </FormField>
    </fieldset>
  );
}
