import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DISCUSSION_LIMITS, isCountryCode } from '@cop/contracts';
import type { SearchFilter, ThreadFilter } from '../../../graphql/generated/graphql';

/** Threads per page of a list. */
export const THREADS_PAGE_SIZE = 20;
/** Search results per page. */
export const SEARCH_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readPage(search: URLSearchParams): number {
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page : 1;
}

function readTag(search: URLSearchParams): string {
  return (search.get('tag') ?? '').trim().replace(/^#/, '').slice(0, DISCUSSION_LIMITS.tagMax);
}

function readCountry(search: URLSearchParams): string {
  const country = (search.get('country') ?? '').toUpperCase();
  return isCountryCode(country) ? country : '';
}

/** A thread list's filters, as the address holds them (stable links, the back button works). */
export interface ThreadListParams {
  tag: string;
  country: string;
  unread: boolean;
  watching: boolean;
  /** 1-based. */
  page: number;
}

export function readThreadListParams(search: URLSearchParams): ThreadListParams {
  return {
    tag: readTag(search),
    country: readCountry(search),
    unread: search.get('unread') === '1',
    watching: search.get('watching') === '1',
    page: readPage(search),
  };
}

/** The api's filter: only what is set. */
export function threadFilter(params: ThreadListParams, categoryId?: string): ThreadFilter {
  const filter: ThreadFilter = {};
  if (categoryId) filter.categoryId = categoryId;
  if (params.tag) filter.tag = params.tag;
  if (params.country) filter.country = params.country;
  if (params.unread) filter.unreadOnly = true;
  if (params.watching) filter.watchingOnly = true;
  return filter;
}

export interface SearchParams {
  q: string;
  category: string;
  tag: string;
  country: string;
  author: string;
  /** Days, yyyy-mm-dd. */
  from: string;
  to: string;
  page: number;
}

export function readSearchParams(search: URLSearchParams): SearchParams {
  const author = search.get('author') ?? '';
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    q: (search.get('q') ?? '').trim().slice(0, DISCUSSION_LIMITS.searchQueryMax),
    category: UUID.test(search.get('category') ?? '') ? (search.get('category') ?? '') : '',
    tag: readTag(search),
    country: readCountry(search),
    author: UUID.test(author) ? author.toLowerCase() : '',
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    page: readPage(search),
  };
}

/** Start of a day, or its end, in the reader's time zone, as the api's DateTime. */
function dayBound(day: string, end: boolean): string | undefined {
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function searchFilter(params: SearchParams): SearchFilter {
  const filter: SearchFilter = {};
  if (params.category) filter.categoryId = params.category;
  if (params.tag) filter.tag = params.tag;
  if (params.country) filter.country = params.country;
  if (params.author) filter.authorId = params.author;
  if (params.from) filter.from = dayBound(params.from, false);
  if (params.to) filter.to = dayBound(params.to, true);
  return filter;
}

/**
 * The query string of a page, read with `read`; `set` changes some parameters (a new history
 * entry) and goes back to the first page, `setPage` moves between pages.
 */
export function useAddressParams<P>(read: (search: URLSearchParams) => P) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => read(search), [read, search]);

  const set = useCallback(
    (changes: Record<string, string | boolean>) => {
      setSearch((current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === true) next.set(name, '1');
          else if (value === false || value === '') next.delete(name);
          else next.set(name, value);
        }
        next.delete('page');
        return next;
      });
    },
    [setSearch],
  );

  const setPage = useCallback(
    (page: number) => {
      setSearch((current) => {
        const next = new URLSearchParams(current);
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        return next;
      });
    },
    [setSearch],
  );

  const clear = useCallback(() => setSearch(new URLSearchParams()), [setSearch]);

  return { params, set, setPage, clear };
}
