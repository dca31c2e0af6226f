import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '@cop/contracts';
import { graphqlNetwork, requestsOf, viewerAnswer, type FakeViewer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { categoryFactory, threadSummaryFactory } from '../test/factory';
import { DiscussionsPage } from './DiscussionsPage';

const tracing = categoryFactory({ unreadThreadCount: 3 });
const westAfrica = categoryFactory({
  slug: 'west-africa',
  name: 'West Africa and the Sahel',
  names: [],
  description: 'Regional group of prosecutors and investigators.',
  restricted: true,
  groups: [{ id: 'g1', name: 'West Africa' }],
  unreadThreadCount: 0,
  threadCount: 4,
});
const pinned = threadSummaryFactory({
  title: 'How to send a tracing request: checklist',
  pinned: true,
  locked: true,
  readState: { unread: false, firstUnreadSeq: null },
});
const fresh = threadSummaryFactory({
  title: 'Frames shipped separately from slides',
  readState: { unread: true, firstUnreadSeq: 4 },
});

function renderHome(path = '/discussions', viewer: Partial<FakeViewer> = {}, language: LanguageCode = 'en') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(viewer),
    DiscussionCategories: { data: { discussionCategories: [tracing, westAfrica] } },
    DiscussionThreads: { data: { discussionThreads: { total: 2, items: [pinned, fresh] } } },
    ModerationQueueCount: { data: { moderationQueueCount: 2 } },
  });
  const view = renderRoutes([{ path: 'discussions/*', element: <DiscussionsPage /> }], path, {
    fetch: network,
    language,
  });
  return { ...view, network };
}

describe('discussions home', () => {
  it('lists the categories with their activity, unread badge and restriction', async () => {
    renderHome();

    const categories = await screen.findByRole('list', { name: 'Categories' });
    const card = within(categories).getByRole('article', { name: 'Tracing requests' });
    expect(within(card).getByRole('link', { name: 'Tracing requests' })).toHaveAttribute(
      'href',
      '/discussions/c/tracing-requests',
    );
    expect(within(card).getByText('Unread: 3')).toBeInTheDocument();
    expect(within(card).getByText('Threads: 12')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: 'Notifications for Tracing requests' })).toHaveValue(
      'NONE',
    );
    const restricted = within(categories).getByRole('article', { name: 'West Africa and the Sahel' });
    expect(within(restricted).getByText('Restricted to: West Africa')).toBeInTheDocument();
    expect(within(restricted).queryByText(/Unread/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New thread' })).toHaveAttribute('href', '/discussions/new');
  });

  it('lists recent threads, pinned and locked marked, unread ones leading to the first unread post', async () => {
    renderHome();

    const threads = await screen.findByRole('list', { name: 'Recent threads' });
    const first = within(threads).getByRole('article', { name: 'How to send a tracing request: checklist' });
    expect(within(first).getByText('Pinned')).toBeInTheDocument();
    expect(within(first).getByText('Locked')).toBeInTheDocument();
    const unread = within(threads).getByRole('article', { name: /Frames shipped separately/ });
    expect(
      within(unread).getByRole('link', {
        name: 'New — first unread post in Frames shipped separately from slides',
      }),
    ).toHaveAttribute('href', `/discussions/t/${fresh.id}#post-4`);
    expect(within(unread).getByRole('link', { name: 'parcel post' })).toHaveAttribute(
      'href',
      '/discussions?tag=parcel%20post',
    );
    expect(within(unread).getByText('Ghana and Togo')).toBeInTheDocument();
    expect(within(unread).getByText('Replies: 4')).toBeInTheDocument();
  });

  it('keeps the filters in the address', async () => {
    const { user, router, network } = renderHome('/discussions?tag=conversion');
    await screen.findByRole('list', { name: 'Recent threads' });
    expect(requestsOf(network, 'DiscussionThreads').at(-1)).toEqual({
      filter: { tag: 'conversion' },
      first: 20,
      offset: 0,
    });

    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Mali');

    await waitFor(() =>
      expect(requestsOf(network, 'DiscussionThreads').at(-1)).toEqual({
        filter: { tag: 'conversion', unreadOnly: true, country: 'ML' },
        first: 20,
        offset: 0,
      }),
    );
    expect(new URLSearchParams(router.state.location.search).get('unread')).toBe('1');
    expect(new URLSearchParams(router.state.location.search).get('country')).toBe('ML');
  });

  it('leads to the search page', async () => {
    const { user, router } = renderHome();
    await screen.findByRole('list', { name: 'Categories' });

    await user.type(screen.getByRole('searchbox', { name: 'Search discussions' }), 'Article 8');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/discussions/search'));
    expect(router.state.location.search).toBe('?q=Article%208');
  });

  it('gives moderators the queue with how many posts wait; members do not see it', async () => {
    renderHome('/discussions', { role: 'MODERATOR' });
    expect(
      await screen.findByRole('link', { name: 'Moderation queue 2 flagged posts waiting' }),
    ).toHaveAttribute('href', '/discussions/moderation');
    expect(screen.getByRole('link', { name: 'Groups and categories' })).toBeInTheDocument();
  });

  it('shows members no moderator link, and the not-found page at the moderators’ addresses', async () => {
    const { network } = renderHome('/discussions/moderation');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(requestsOf(network, 'ModerationQueueCount')).toEqual([]);
  });

  it('names categories in the reader’s language', async () => {
    renderHome('/discussions', {}, 'fr');

    const categories = await screen.findByRole('list', { name: 'Catégories' });
    expect(within(categories).getByRole('link', { name: 'Demandes de traçage' })).toBeInTheDocument();
    // Not translated: the English name.
    expect(within(categories).getByRole('link', { name: 'West Africa and the Sahel' })).toBeInTheDocument();
  });
});
