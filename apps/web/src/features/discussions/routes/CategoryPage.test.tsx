import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { categoryFactory, threadSummaryFactory } from '../test/factory';
import { CategoryPage } from './CategoryPage';

const sahel = categoryFactory({
  slug: 'sahel-corridor',
  name: 'Sahel corridor cases',
  names: [{ language: 'fr', text: 'Affaires du corridor sahélien' }],
  description: 'Ongoing cases along the Sahel routes.',
  restricted: true,
  groups: [{ id: 'g1', name: 'West and Central Africa' }],
  watchLevel: 'WATCHING',
});

function renderCategory(
  path = '/discussions/c/sahel-corridor',
  category: unknown = { data: { discussionCategory: sahel } },
) {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    DiscussionCategory: category as Record<string, unknown>,
    DiscussionThreads: {
      data: {
        discussionThreads: {
          total: 1,
          items: [
            threadSummaryFactory({
              title: 'Fusils d’assaut aux numéros limés',
              category: { id: sahel.id, slug: sahel.slug, name: sahel.name, names: [] },
            }),
          ],
        },
      },
    },
    WatchDiscussionCategory: { data: { watchDiscussionCategory: { id: sahel.id, watchLevel: 'MUTED' } } },
  });
  const view = renderRoutes([{ path: 'discussions/c/:slug', element: <CategoryPage /> }], path, {
    fetch: network,
  });
  return { ...view, network };
}

describe('category page', () => {
  it('lists the category’s threads, says who it is open to, and offers a new thread in it', async () => {
    const { network } = renderCategory();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sahel corridor cases' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Restricted to: West and Central Africa')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New thread in this category' })).toHaveAttribute(
      'href',
      `/discussions/new?category=${sahel.id}`,
    );
    const list = await screen.findByRole('list', { name: 'Threads' });
    expect(within(list).getByRole('link', { name: 'Fusils d’assaut aux numéros limés' })).toBeInTheDocument();
    // The category is the page's: not repeated on each thread.
    expect(within(list).queryByRole('link', { name: 'Sahel corridor cases' })).not.toBeInTheDocument();
    expect(requestsOf(network, 'DiscussionThreads').at(-1)).toEqual({
      filter: { categoryId: sahel.id },
      first: 20,
      offset: 0,
    });
    expect(within(list).getByRole('link', { name: 'parcel post' })).toHaveAttribute(
      'href',
      '/discussions/c/sahel-corridor?tag=parcel%20post',
    );
  });

  it('mutes the category', async () => {
    const { user, network } = renderCategory();
    const select = await screen.findByRole('combobox', { name: 'Notifications for Sahel corridor cases' });
    expect(select).toHaveValue('WATCHING');

    await user.selectOptions(select, 'MUTED');

    await waitFor(() =>
      expect(requestsOf(network, 'WatchDiscussionCategory')).toEqual([
        { categoryId: sahel.id, level: 'MUTED' },
      ]),
    );
    expect(await screen.findByText('Notifications are muted.')).toBeInTheDocument();
  });

  it('answers a category the reader cannot see like a missing one', async () => {
    renderCategory('/discussions/c/balkan-stockpiles', errorAnswer('NOT_FOUND', 'Not found'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the discussions' })).toHaveAttribute(
      'href',
      '/discussions',
    );
  });
});
