import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  CaseOutcome,
  CourtLevel,
  DIGEST_REGIONS,
  isCountryCode,
  type DigestExportFormat,
} from '@cop/contracts';

/** Results per page of the search. */
export const DIGEST_PAGE_SIZE = 20;

export type DigestSortValue = 'RELEVANCE' | 'DATE_DESC' | 'DATE_ASC';
export const DIGEST_SORTS: readonly DigestSortValue[] = ['RELEVANCE', 'DATE_DESC', 'DATE_ASC'];

/** The multi-valued filters: address parameter (repeated) → search input field. */
export const LIST_FILTERS = {
  country: 'countries',
  region: 'regions',
  offence: 'offences',
  protocol: 'protocolArticles',
  convention: 'conventionArticles',
  weapon: 'weapons',
  modus: 'modus',
  outcome: 'outcomes',
  courtLevel: 'courtLevels',
} as const;
export type ListFilter = keyof typeof LIST_FILTERS;
export const LIST_FILTER_NAMES = Object.keys(LIST_FILTERS) as ListFilter[];

/** The whole search as the address holds it: shareable, and the back button works. */
export interface DigestSearchParams {
  q: string;
  country: string[];
  region: string[];
  offence: string[];
  protocol: string[];
  convention: string[];
  weapon: string[];
  modus: string[];
  outcome: string[];
  courtLevel: string[];
  yearFrom: string;
  yearTo: string;
  sort: DigestSortValue;
  /** 1-based. */
  page: number;
}

const CODE = /^[A-Za-z0-9_.-]{1,60}$/;
const YEAR = /^\d{4}$/;
const ARTICLE = /^\d{1,3}$/;

const OUTCOMES = new Set<string>(Object.values(CaseOutcome));
const COURT_LEVELS = new Set<string>(Object.values(CourtLevel));
const REGIONS = new Set<string>(DIGEST_REGIONS);

function all(search: URLSearchParams, name: string, valid: (value: string) => boolean): string[] {
  return [...new Set(search.getAll(name).filter(valid))];
}

export function readDigestParams(search: URLSearchParams): DigestSearchParams {
  const yearFrom = search.get('yearFrom') ?? '';
  const yearTo = search.get('yearTo') ?? '';
  const sort = (search.get('sort') ?? '') as DigestSortValue;
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return {
    q: (search.get('q') ?? '').trim().slice(0, 200),
    country: all(search, 'country', (value) => isCountryCode(value)),
    region: all(search, 'region', (value) => REGIONS.has(value)),
    offence: all(search, 'offence', (value) => CODE.test(value)),
    protocol: all(search, 'protocol', (value) => ARTICLE.test(value)),
    convention: all(search, 'convention', (value) => ARTICLE.test(value)),
    weapon: all(search, 'weapon', (value) => CODE.test(value)),
    modus: all(search, 'modus', (value) => CODE.test(value)),
    outcome: all(search, 'outcome', (value) => OUTCOMES.has(value)),
    courtLevel: all(search, 'courtLevel', (value) => COURT_LEVELS.has(value)),
    yearFrom: YEAR.test(yearFrom) ? yearFrom : '',
    yearTo: YEAR.test(yearTo) ? yearTo : '',
    sort: DIGEST_SORTS.includes(sort) ? sort : 'RELEVANCE',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The address query of a search (without the page unless asked), in a stable order. */
export function digestQueryString(params: DigestSearchParams, withPage = true): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  for (const name of LIST_FILTER_NAMES) for (const value of params[name]) query.append(name, value);
  if (params.yearFrom) query.set('yearFrom', params.yearFrom);
  if (params.yearTo) query.set('yearTo', params.yearTo);
  if (params.sort !== 'RELEVANCE') query.set('sort', params.sort);
  if (withPage && params.page > 1) query.set('page', String(params.page));
  return query.toString();
}

/** Where the whole result of a search downloads in `format` (the api reads the same parameters). */
export function searchExportUrl(params: DigestSearchParams, format: DigestExportFormat): string {
  const query = digestQueryString(params, false);
  return `/api/digest/export?format=${format}${query ? `&${query}` : ''}`;
}

/** Where one record downloads in `format`. */
export function caseExportUrl(id: string, format: DigestExportFormat): string {
  return `/api/digest/cases/${encodeURIComponent(id)}/export?format=${format}`;
}

/** The api's search input for the address's search. */
export function digestSearchInput(params: DigestSearchParams) {
  const numbers = (values: string[]) => values.map((value) => Number.parseInt(value, 10));
  const input: {
    text?: string;
    countries?: string[];
    regions?: string[];
    yearFrom?: number;
    yearTo?: number;
    offences?: string[];
    protocolArticles?: number[];
    conventionArticles?: number[];
    weapons?: string[];
    modus?: string[];
    outcomes?: CaseOutcome[];
    courtLevels?: CourtLevel[];
    sort: DigestSortValue;
    first: number;
    offset: number;
  } = {
    sort: params.sort,
    first: DIGEST_PAGE_SIZE,
    offset: (params.page - 1) * DIGEST_PAGE_SIZE,
  };
  if (params.q) input.text = params.q;
  if (params.country.length) input.countries = params.country;
  if (params.region.length) input.regions = params.region;
  if (params.yearFrom) input.yearFrom = Number(params.yearFrom);
  if (params.yearTo) input.yearTo = Number(params.yearTo);
  if (params.offence.length) input.offences = params.offence;
  if (params.protocol.length) input.protocolArticles = numbers(params.protocol);
  if (params.convention.length) input.conventionArticles = numbers(params.convention);
  if (params.weapon.length) input.weapons = params.weapon;
  if (params.modus.length) input.modus = params.modus;
  if (params.outcome.length) input.outcomes = params.outcome as CaseOutcome[];
  if (params.courtLevel.length) input.courtLevels = params.courtLevel as CourtLevel[];
  return input;
}

/** The search in the address; `update` changes it (a new history entry, back to page 1 unless paging). */
export function useDigestParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readDigestParams(search), [search]);
  const update = useCallback(
    (changes: Partial<DigestSearchParams>) => {
      const next = { ...params, page: 1, ...changes };
      setSearch(new URLSearchParams(digestQueryString(next)));
    },
    [params, setSearch],
  );
  return { params, update };
}
