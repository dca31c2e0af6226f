import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { amina, kwame, lucia, postFactory } from '../test/factory';
import { DiscussionsPage } from './DiscussionsPage';

const THREAD = '33333333-3333-4333-8333-333333333333';
const flagged = postFactory({
  seq: 4,
  author: lucia,
  bodyHtml: '<p>His home address is 12 rue …</p>',
});

function renderQueue() {
  const network = graphqlNetwork({
    Viewer: viewerAnswer({ role: 'MODERATOR' }),
    ModerationQueue: {
      data: {
        moderationQueue: {
          total: 1,
          items: [
            {
              firstFlaggedAt: '2026-11-22T08:00:00.000Z',
              thread: {
                id: THREAD,
                title: 'Converted alarm pistols arriving by express courier',
                category: { id: 'c1', slug: 'tracing-requests', name: 'Tracing requests', names: [] },
              },
              post: {
                id: flagged.id,
                seq: 4,
                createdAt: flagged.createdAt,
                bodyHtml: flagged.bodyHtml,
                hidden: false,
                hiddenReason: null,
                deletedBy: null,
                author: lucia,
              },
              flags: [
                {
                  id: 'f1',
                  reason: 'Personal data of a witness',
                  createdAt: '2026-11-22T08:00:00.000Z',
                  reporter: { id: amina.id, fullName: amina.fullName },
                },
                {
                  id: 'f2',
                  reason: 'Puts a witness at risk',
                  createdAt: '2026-11-22T08:05:00.000Z',
                  reporter: { id: kwame.id, fullName: kwame.fullName },
                },
              ],
            },
          ],
        },
      },
    },
    HideDiscussionPost: { data: { hideDiscussionPost: { ...flagged, hidden: true } } },
  });
  const view = renderRoutes(
    [{ path: 'discussions/*', element: <DiscussionsPage /> }],
    '/discussions/moderation',
    {
      fetch: network,
    },
  );
  return { ...view, network };
}

describe('moderation queue', () => {
  it('shows each flagged post with its thread, text, and every flag’s reporter and reason', async () => {
    renderQueue();

    const item = await screen.findByRole('article', {
      name: 'Post 4 in “Converted alarm pistols arriving by express courier”',
    });
    expect(within(item).getByRole('link', { name: /Post 4 in/ })).toHaveAttribute(
      'href',
      `/discussions/t/${THREAD}#post-${flagged.id}`,
    );
    expect(within(item).getByText('His home address is 12 rue …')).toBeInTheDocument();
    expect(within(item).getByText('Personal data of a witness')).toBeInTheDocument();
    expect(within(item).getByText(/Amina Diallo/)).toBeInTheDocument();
    expect(within(item).getByText('Puts a witness at risk')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Dismiss flags' })).toBeInTheDocument();
  });

  it('hides a post with the moderator’s reason', async () => {
    const { user, network } = renderQueue();
    const item = await screen.findByRole('article', { name: /Post 4 in/ });

    await user.click(within(item).getByRole('button', { name: 'Hide post' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide post 4' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Personal data of a witness');
    await user.click(within(dialog).getByRole('button', { name: 'Hide the post' }));

    await waitFor(() =>
      expect(requestsOf(network, 'HideDiscussionPost')).toEqual([
        { input: { postId: flagged.id, reason: 'Personal data of a witness' } },
      ]),
    );
    expect(await screen.findByText('The post is hidden.')).toBeInTheDocument();
  });
});
