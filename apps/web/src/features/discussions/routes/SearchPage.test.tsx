import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '@cop/contracts';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { kwame, lucia } from '../test/factory';
import { SearchPage } from './SearchPage';

const THREAD = '33333333-3333-4333-8333-333333333333';
const POST = '66666666-6666-4666-8666-666666666666';

const hit = {
  rank: 0.9,
  title: [
    { text: 'Tracing', match: true },
    { text: ' requests <b>to</b> Ghana', match: false },
  ],
  excerpt: [
    { text: 'The serial number was ', match: false },
    { text: 'obliterated', match: true },
    { text: ' but <img src=x onerror=alert(1)> recovered.', match: false },
  ],
  post: { id: POST, seq: 3, createdAt: '2026-11-21T10:00:00.000Z', author: lucia },
  thread: {
    id: THREAD,
    createdAt: '2026-11-20T10:00:00.000Z',
    lastPostAt: '2026-11-21T10:00:00.000Z',
    author: kwame,
    category: { id: 'c1', slug: 'tracing-requests', name: 'Tracing requests', names: [] },
  },
};

function renderSearch(path: string, language: LanguageCode = 'en') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    DiscussionCategories: { data: { discussionCategories: [] } },
    DiscussionSearch: { data: { discussionSearch: { total: 1, items: [hit] } } },
  });
  const view = renderRoutes([{ path: 'discussions/search', element: <SearchPage /> }], path, {
    fetch: network,
    language,
  });
  return { ...view, network };
}

describe('discussion search', () => {
  it('marks the matched words as text, never as HTML, and links to the post', async () => {
    renderSearch('/discussions/search?q=obliterated');

    const results = await screen.findByRole('list', { name: 'Results' });
    const title = within(results).getByRole('link', { name: 'Tracing requests <b>to</b> Ghana' });
    expect(title).toHaveAttribute('href', `/discussions/t/${THREAD}#post-${POST}`);
    const marks = results.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['Tracing', 'obliterated']);
    expect(results.querySelector('b')).toBeNull();
    expect(results.querySelector('img')).toBeNull();
    expect(within(results).getByText(/recovered\./)).toHaveTextContent(
      'The serial number was obliterated but <img src=x onerror=alert(1)> recovered.',
    );
    expect(within(results).getByText('in post 3')).toBeInTheDocument();
  });

  it('reads the words and filters from the address, in the reader’s language', async () => {
    const { network } = renderSearch(
      '/discussions/search?q=marquage&tag=Article%208&country=ml&page=2',
      'fr',
    );

    await screen.findByRole('list', { name: 'Résultats' });
    expect(requestsOf(network, 'DiscussionSearch')).toEqual([
      {
        query: 'marquage',
        filter: { tag: 'Article 8', country: 'ML' },
        language: 'fr',
        first: 20,
        offset: 20,
      },
    ]);
    expect(screen.getByRole('searchbox', { name: 'Rechercher dans les discussions' })).toHaveValue(
      'marquage',
    );
  });

  it('puts a new search in the address', async () => {
    const { user, router, network } = renderSearch('/discussions/search');
    expect(await screen.findByText('Type what you are looking for, then search.')).toBeInTheDocument();
    expect(requestsOf(network, 'DiscussionSearch')).toEqual([]);

    await user.type(screen.getByRole('searchbox', { name: 'Search discussions' }), 'express courier');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=express+courier'));
    await waitFor(() =>
      expect(requestsOf(network, 'DiscussionSearch').at(-1)).toMatchObject({ query: 'express courier' }),
    );
  });

  it('says when nothing is found', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(),
      DiscussionCategories: { data: { discussionCategories: [] } },
      DiscussionSearch: { data: { discussionSearch: { total: 0, items: [] } } },
    });
    renderRoutes([{ path: 'discussions/search', element: <SearchPage /> }], '/discussions/search?q=zzz', {
      fetch: network,
    });

    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument();
  });
});
