import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PRACTITIONER_TYPES, isCountryCode } from '@cop/contracts';
import type { DirectoryFilter, PractitionerType } from '../../../graphql/generated/graphql';

export const DIRECTORY_PAGE_SIZE = 20;

/** The directory's search, as the address bar holds it, so a search can be shared or gone back to. */
export interface DirectoryParams {
  q: string;
  country: string;
  type: PractitionerType | '';
  language: string;
  expertise: string;
  /** 1-based. */
  page: number;
}

export type DirectoryParamName = Exclude<keyof DirectoryParams, 'page'>;

function isPractitionerType(value: string): value is PractitionerType {
  return (PRACTITIONER_TYPES as readonly string[]).includes(value);
}

/** Reads the query string, dropping anything malformed (a hand-edited or truncated link). */
export function readDirectoryParams(search: URLSearchParams): DirectoryParams {
  const country = search.get('country') ?? '';
  const type = search.get('type') ?? '';
  const language = search.get('language') ?? '';
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return {
    q: (search.get('q') ?? '').trim().slice(0, 100),
    country: isCountryCode(country) ? country : '',
    type: isPractitionerType(type) ? type : '',
    language: /^[a-z]{2}$/.test(language) ? language : '',
    expertise: (search.get('expertise') ?? '').trim().slice(0, 60),
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The api's filter: only what is set. */
export function directoryFilter(params: DirectoryParams): DirectoryFilter {
  const filter: DirectoryFilter = {};
  if (params.q) filter.search = params.q;
  if (params.country) filter.country = params.country;
  if (params.type) filter.practitionerType = params.type;
  if (params.language) filter.language = params.language;
  if (params.expertise) filter.expertise = params.expertise;
  return filter;
}

export function useDirectoryParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readDirectoryParams(search), [search]);

  /** Changes one filter (a new history entry) and goes back to the first page. */
  const setParam = useCallback(
    (name: DirectoryParamName, value: string) => {
      setSearch((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
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

  return { params, setParam, setPage, clear };
}
