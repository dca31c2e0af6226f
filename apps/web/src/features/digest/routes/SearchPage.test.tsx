import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { searchFactory, termsAnswer } from '../test/factory';
import { CaseLawPage } from './CaseLawPage';

type Answers = Parameters<typeof graphqlNetwork>[0];

function renderDigest(path: string, answers: Answers = {}, viewer: Parameters<typeof viewerAnswer>[0] = {}) {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(viewer),
    DigestTerms: termsAnswer,
    DigestSearch: { data: { digestSearch: searchFactory() } },
    ...answers,
  });
  const view = renderRoutes([{ path: 'case-law/*', element: <CaseLawPage /> }], path, { fetch: network });
  return { ...view, network };
}

describe('the case-law search', () => {
  it('reads the whole search from the address, and shows the facets with their counts', async () => {
    const { network } = renderDigest(
      '/case-law?q=converted&country=FR&protocol=5&yearFrom=2023&sort=DATE_DESC&page=2',
      {
        DigestSearch: { data: { digestSearch: searchFactory({ total: 45 }) } },
      },
    );

    expect(await screen.findByRole('checkbox', { name: 'France (3)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Germany (2)' })).not.toBeChecked();
    const protocol = screen.getByRole('group', { name: 'Firearms Protocol article' });
    expect(within(protocol).getByRole('checkbox', { name: 'Article 5 (4)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Illicit trafficking (5)' })).not.toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search text' })).toHaveValue('converted');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('DATE_DESC');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2023');
    expect(requestsOf(network, 'DigestSearch')).toEqual([
      {
        input: {
          text: 'converted',
          countries: ['FR'],
          protocolArticles: [5],
          yearFrom: 2023,
          sort: 'DATE_DESC',
          first: 20,
          offset: 20,
        },
      },
    ]);
    expect(screen.getByText('Cases 21–40 of 45')).toBeInTheDocument();
  });

  it('puts a chosen facet in the address, back on the first page, and searches again', async () => {
    const { user, router, network } = renderDigest('/case-law?q=converted&country=FR&page=2', {
      DigestSearch: { data: { digestSearch: searchFactory({ total: 45 }) } },
    });

    await user.click(await screen.findByRole('checkbox', { name: 'Germany (2)' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=converted&country=FR&country=DE'));
    await waitFor(() =>
      expect(requestsOf(network, 'DigestSearch').at(-1)).toEqual({
        input: { text: 'converted', countries: ['FR', 'DE'], sort: 'RELEVANCE', first: 20, offset: 0 },
      }),
    );

    await user.click(screen.getByRole('checkbox', { name: 'France (3)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=converted&country=DE'));
  });

  it('searches the typed text and pages through the results', async () => {
    const { user, router } = renderDigest('/case-law', {
      DigestSearch: { data: { digestSearch: searchFactory({ total: 45 }) } },
    });

    await user.type(await screen.findByRole('searchbox', { name: 'Search text' }), 'parcel lockers');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=parcel+lockers'));

    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=parcel+lockers&page=2'));
    await user.click(await screen.findByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=parcel+lockers'));
  }, 15_000);

  it('shows each hit with its highlighted snippet, and export links for the same search', async () => {
    renderDigest('/case-law?q=converted&country=FR');

    const hit = await screen.findByRole('link', {
      name: 'Converted alarm pistols sold through parcel lockers',
    });
    expect(hit).toHaveAttribute('href', '/case-law/cases/d0000000-0000-4000-8000-0000000000d1');
    expect(screen.getByText('converted', { selector: 'mark' })).toBeInTheDocument();
    const exports = screen.getByRole('navigation', { name: 'Export results' });
    expect(within(exports).getByRole('link', { name: 'RIS' })).toHaveAttribute(
      'href',
      '/api/digest/export?format=ris&q=converted&country=FR',
    );
    expect(within(exports).getByRole('link', { name: 'CSL-JSON' })).toHaveAttribute(
      'href',
      '/api/digest/export?format=csl-json&q=converted&country=FR',
    );
  });

  it('offers members proposing and their proposals, but not the moderators’ pages', async () => {
    renderDigest('/case-law');

    expect(await screen.findByRole('link', { name: 'Propose a case' })).toHaveAttribute(
      'href',
      '/case-law/new',
    );
    expect(screen.getByRole('link', { name: 'My proposals' })).toHaveAttribute('href', '/case-law/mine');
    expect(screen.queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Taxonomy' })).not.toBeInTheDocument();
  });

  it('shows moderators the review queue, import and taxonomy', async () => {
    renderDigest('/case-law', {}, { role: 'MODERATOR' });

    expect(await screen.findByRole('link', { name: 'Review queue' })).toHaveAttribute(
      'href',
      '/case-law/review',
    );
    expect(screen.getByRole('link', { name: 'Import' })).toHaveAttribute('href', '/case-law/import');
    expect(screen.getByRole('link', { name: 'Taxonomy' })).toHaveAttribute('href', '/case-law/taxonomy');
  });

  it('answers a member who opens a moderators’ page with the not-found page', async () => {
    renderDigest('/case-law/review');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('lays out right to left in Arabic', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer({ locale: 'ar' }),
      DigestTerms: termsAnswer,
      DigestSearch: { data: { digestSearch: searchFactory() } },
    });
    renderRoutes([{ path: 'case-law/*', element: <CaseLawPage /> }], '/case-law', {
      fetch: network,
      language: 'ar',
    });

    expect(await screen.findByRole('search', { name: 'البحث في السوابق القضائية' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
  });
});
