import { act, screen, waitFor, within } from '@testing-library/react';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer, type FakeViewer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { SessionSocketContext } from '../../identity/session/useSessionSocket';
import { LiveSocket, amina, kwame, lucia, postFactory, threadFactory } from '../test/factory';
import { ThreadPage } from './ThreadPage';

type Thread = ReturnType<typeof threadFactory>;

function renderThread(initial: Thread, viewer: Partial<FakeViewer> = {}) {
  let thread = initial;
  const socket = new LiveSocket();
  const network = graphqlNetwork({
    Viewer: viewerAnswer(viewer),
    DiscussionThread: () => ({ data: { discussionThread: thread } }),
    MarkDiscussionThreadRead: { data: { markDiscussionThreadRead: { id: thread.id } } },
    FlagDiscussionPost: (variables) => ({
      data: {
        flagDiscussionPost: { id: (variables.input as { postId: string }).postId, flaggedByMe: true },
      },
    }),
  });
  const view = renderRoutes(
    [
      {
        path: 'discussions/t/:id',
        element: (
          <SessionSocketContext value={socket as unknown as Socket}>
            <ThreadPage />
          </SessionSocketContext>
        ),
      },
    ],
    `/discussions/t/${thread.id}`,
    { fetch: network },
  );
  return {
    ...view,
    network,
    socket,
    /** What the server answers from now on. */
    answer: (next: Thread) => {
      thread = next;
    },
  };
}

function post(seq: number) {
  return screen.getByRole('article', {
    name: seq === 1 ? /^Opening post by/ : new RegExp(`^Post ${seq} by`),
  });
}

describe('thread page', () => {
  it('shows the posts in order, removed and hidden ones as notices, and where the unread posts begin', async () => {
    const posts = [
      postFactory({ seq: 1, author: kwame }),
      postFactory({ seq: 2, author: lucia, deletedBy: 'AUTHOR', body: null, bodyHtml: null }),
      postFactory({ seq: 3, author: lucia, deletedBy: 'MODERATOR', body: null, bodyHtml: null }),
      postFactory({ seq: 4, author: lucia, hidden: true, body: null, bodyHtml: null }),
      postFactory({ seq: 5, author: lucia, bodyHtml: '<p>Same pattern in <strong>Lomé</strong>.</p>' }),
      postFactory({ seq: 6, author: kwame }),
    ];
    const thread = threadFactory(
      { readState: { unread: true, firstUnreadSeq: 5, lastReadSeq: 4 }, countries: ['GH', 'TG'] },
      posts,
    );
    const { network } = renderThread(thread);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Converted alarm pistols arriving by express courier',
      }),
    ).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'You are here' });
    expect(within(crumbs).getByRole('link', { name: 'Tracing requests' })).toHaveAttribute(
      'href',
      '/discussions/c/tracing-requests',
    );
    expect(screen.getByText('Ghana and Togo')).toBeInTheDocument();
    expect(screen.getByText('GH-ACC-2026-114')).toBeInTheDocument();

    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(6);
    expect(articles[0]).toHaveAccessibleName('Opening post by Kwame Mensah');
    expect(within(post(2)).getByText('Deleted by the author')).toBeInTheDocument();
    expect(within(post(3)).getByText('Removed by a moderator')).toBeInTheDocument();
    expect(within(post(4)).getByText('Hidden by a moderator')).toBeInTheDocument();
    expect(within(post(4)).queryByRole('button', { name: 'Flag' })).not.toBeInTheDocument();
    expect(within(post(5)).getByText('Lomé').tagName).toBe('STRONG');

    // The divider sits right before the first unread post.
    const divider = screen.getByText('New since your last visit').closest('li');
    expect(divider?.nextElementSibling).toContainElement(post(5));

    // Read up to the last post shown.
    await waitFor(() =>
      expect(requestsOf(network, 'MarkDiscussionThreadRead')).toEqual([{ threadId: thread.id, seq: 6 }]),
    );
  });

  it('gives members no moderator action', async () => {
    renderThread(threadFactory({}, [postFactory({ seq: 1 }), postFactory({ seq: 2, author: lucia })]));
    await screen.findByRole('article', { name: 'Post 2 by Lucía Fernández' });

    expect(within(post(2)).getByRole('button', { name: 'Flag' })).toBeInTheDocument();
    for (const name of ['Hide', 'Restore', 'Lock', 'Unlock', 'Pin', 'Unpin', 'Move']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('group', { name: 'Moderate this thread' })).not.toBeInTheDocument();
  });

  it('shows moderators a hidden post, marked, with the reason, and the moderator actions', async () => {
    const hidden = postFactory({
      seq: 2,
      author: lucia,
      hidden: true,
      hiddenReason: 'Names a suspect under investigation',
      bodyHtml: '<p>The suspect is …</p>',
    });
    renderThread(threadFactory({}, [postFactory({ seq: 1 }), hidden]), { role: 'MODERATOR' });
    await screen.findByRole('article', { name: 'Post 2 by Lucía Fernández' });

    expect(within(post(2)).getByText('The suspect is …')).toBeInTheDocument();
    expect(within(post(2)).getByText('Hidden by a moderator')).toBeInTheDocument();
    expect(within(post(2)).getByText('Reason: Names a suspect under investigation')).toBeInTheDocument();
    expect(within(post(2)).getByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(within(post(1)).getByRole('button', { name: 'Hide' })).toBeInTheDocument();
    const tools = screen.getByRole('group', { name: 'Moderate this thread' });
    expect(within(tools).getByRole('button', { name: 'Lock' })).toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: 'Pin' })).toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: 'Move' })).toBeInTheDocument();
  });

  it('flags a post with the reason the member gives', async () => {
    const target = postFactory({ seq: 2, author: lucia });
    const { user, network } = renderThread(threadFactory({}, [postFactory({ seq: 1 }), target]));
    await screen.findByRole('article', { name: 'Post 2 by Lucía Fernández' });

    await user.click(within(post(2)).getByRole('button', { name: 'Flag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flag this post' });
    await user.click(within(dialog).getByRole('button', { name: 'Send the flag' }));
    expect(within(dialog).getByText('Give a reason of at least 3 characters.')).toBeInTheDocument();
    expect(requestsOf(network, 'FlagDiscussionPost')).toEqual([]);

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'Publishes the home address of a witness',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send the flag' }));

    await waitFor(() =>
      expect(requestsOf(network, 'FlagDiscussionPost')).toEqual([
        { input: { postId: target.id, reason: 'Publishes the home address of a witness' } },
      ]),
    );
    expect(await screen.findByText('Thank you. The moderators will look at the post.')).toBeInTheDocument();
  });

  it('joins the live room, shows a new reply without a reload and announces it, and leaves on the way out', async () => {
    const posts = [postFactory({ seq: 1 })];
    const thread = threadFactory({}, posts);
    const { socket, answer, unmount } = renderThread(thread);
    await screen.findByRole('article', { name: 'Opening post by Kwame Mensah' });
    expect(socket.sent).toContainEqual({ event: 'thread.join', payload: { threadId: thread.id } });

    const reply = postFactory({ seq: 2, author: lucia, bodyHtml: '<p>Seen in Accra too.</p>' });
    answer(threadFactory({}, [...posts, reply]));
    act(() => socket.serverEmit('thread.post.created', { threadId: thread.id, postId: reply.id, seq: 2 }));

    expect(await screen.findByText('Seen in Accra too.')).toBeInTheDocument();
    expect(screen.getByText('New reply from Lucía Fernández')).toBeInTheDocument();

    // Events of other threads are not this page's business.
    act(() => socket.serverEmit('thread.post.created', { threadId: 'another', postId: 'x', seq: 9 }));

    unmount();
    expect(socket.sent).toContainEqual({ event: 'thread.leave', payload: { threadId: thread.id } });
  });

  it('joins again after a reconnection and when access changes', async () => {
    const thread = threadFactory({}, [postFactory({ seq: 1 })]);
    const { socket } = renderThread(thread);
    await screen.findByRole('article', { name: 'Opening post by Kwame Mensah' });
    const joins = () => socket.sent.filter((sent) => sent.event === 'thread.join').length;
    expect(joins()).toBe(1);

    act(() => socket.serverEmit('connect'));
    act(() => socket.serverEmit('discussion.access.changed', {}));

    expect(joins()).toBe(3);
  });

  it('quotes a post into the reply, answering it', async () => {
    const { user } = renderThread(
      threadFactory({}, [postFactory({ seq: 1, body: 'First line\nSecond line' })]),
      { id: amina.id },
    );
    await screen.findByRole('article', { name: 'Opening post by Kwame Mensah' });

    await user.click(within(post(1)).getByRole('button', { name: 'Quote' }));

    const reply = screen.getByRole('combobox', { name: 'Your reply' });
    expect(reply).toHaveValue('> First line\n> Second line\n\n');
    expect(reply).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Replying to #1 by Kwame Mensah' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Post reply' })).toBeInTheDocument();
  });

  it('says when a thread is locked, and offers members no reply', async () => {
    renderThread(threadFactory({ locked: true }, [postFactory({ seq: 1 })]));
    await screen.findByRole('article', { name: 'Opening post by Kwame Mensah' });

    expect(screen.getByRole('note')).toHaveTextContent(
      'This thread is locked: only moderators can post in it.',
    );
    expect(screen.queryByRole('button', { name: 'Post reply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
  });
});
