import { describe, expect, it } from 'vitest';
import {
  caseExportUrl,
  digestQueryString,
  digestSearchInput,
  readDigestParams,
  searchExportUrl,
} from './params';

const read = (query: string) => readDigestParams(new URLSearchParams(query));

describe('the search in the address', () => {
  it('reads every parameter, repeated ones as lists, and writes them back in a stable order', () => {
    const params = read(
      'page=3&courtLevel=APPEAL&q=+converted+pistols+&country=FR&country=DE&region=western-europe&offence=illicit-trafficking&protocol=5&convention=12&weapon=converted-alarm&modus=postal-parcels&outcome=CONVICTION&yearFrom=2018&yearTo=2024&sort=DATE_ASC',
    );
    expect(params).toEqual({
      q: 'converted pistols',
      country: ['FR', 'DE'],
      region: ['western-europe'],
      offence: ['illicit-trafficking'],
      protocol: ['5'],
      convention: ['12'],
      weapon: ['converted-alarm'],
      modus: ['postal-parcels'],
      outcome: ['CONVICTION'],
      courtLevel: ['APPEAL'],
      yearFrom: '2018',
      yearTo: '2024',
      sort: 'DATE_ASC',
      page: 3,
    });
    expect(digestQueryString(params)).toBe(
      'q=converted+pistols&country=FR&country=DE&region=western-europe&offence=illicit-trafficking&protocol=5&convention=12&weapon=converted-alarm&modus=postal-parcels&outcome=CONVICTION&courtLevel=APPEAL&yearFrom=2018&yearTo=2024&sort=DATE_ASC&page=3',
    );
    expect(read(digestQueryString(params))).toEqual(params);
  });

  it('drops what is not valid: unknown countries, regions, outcomes, bad years and pages', () => {
    expect(
      read('country=XX&country=fr&region=atlantis&outcome=GUILTY&yearFrom=20x4&page=-2&sort=RANDOM'),
    ).toMatchObject({
      country: [],
      region: [],
      outcome: [],
      yearFrom: '',
      page: 1,
      sort: 'RELEVANCE',
    });
  });

  it('becomes the api’s search input, only with what is set', () => {
    expect(digestSearchInput(read('q=parcels&protocol=5&protocol=8&yearTo=2020&page=2'))).toEqual({
      text: 'parcels',
      protocolArticles: [5, 8],
      yearTo: 2020,
      sort: 'RELEVANCE',
      first: 20,
      offset: 20,
    });
  });

  it('makes export links with the same parameters, without the page', () => {
    const params = read('q=parcels&country=FR&page=2');
    expect(searchExportUrl(params, 'csv')).toBe('/api/digest/export?format=csv&q=parcels&country=FR');
    expect(searchExportUrl(read(''), 'ris')).toBe('/api/digest/export?format=ris');
    expect(caseExportUrl('abc', 'csl-json')).toBe('/api/digest/cases/abc/export?format=csl-json');
  });
});
