import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { notificationFactory, notificationsAnswer } from '../../../test/notifications.factory';
import { renderApp } from '../../../test/render';
import { openedSockets } from '../../../test/socket';

const mention = notificationFactory({
  title: 'Converted blank-firing pistols from the Balkans',
  excerpt: 'Has anyone seen the new conversion kits in port seizures?',
  actor: { id: 'a1', fullName: 'Carlos Mendes' },
});
const reply = notificationFactory({
  kind: 'THREAD_REPLY',
  read: true,
  title: 'Tracing requests to non-EU registries',
  excerpt: null,
  actor: { id: 'a2', fullName: 'Ioana Pop' },
  createdAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
});
const hidden = notificationFactory({
  kind: 'POST_HIDDEN',
  title: 'Your question about deactivated weapons',
  actor: { id: 'm1', fullName: 'A Moderator' },
  createdAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
});

type Answers = Parameters<typeof graphqlNetwork>[0];

function notificationsApi(extra: Answers = {}) {
  return graphqlNetwork({
    Viewer: viewerAnswer(),
    UnreadNotificationCount: { data: { unreadNotificationCount: 2 } },
    Notifications: notificationsAnswer([mention, reply, hidden]),
    NotificationPreferences: { data: { notificationPreferences: { emailMode: 'IMMEDIATE' } } },
    ...extra,
  });
}

async function listItems() {
  const list = await screen.findByRole('list', { name: 'Your notifications' });
  return within(list).getAllByRole('listitem');
}

describe('notifications page', () => {
  it('lists what happened, by whom, about what, and when; unread ones marked', async () => {
    renderApp('/notifications', { fetch: notificationsApi() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    const [first, second, third] = (await listItems()) as HTMLElement[];
    expect(first).toHaveTextContent('Unread: Carlos Mendes mentioned you');
    expect(within(first!).getByRole('link', { name: mention.title })).toHaveAttribute('href', mention.link);
    expect(first).toHaveTextContent(mention.excerpt!);
    expect(within(first!).getByText('5 minutes ago')).toHaveAttribute('datetime', mention.createdAt);
    expect(second).toHaveTextContent('Ioana Pop replied in a discussion you follow');
    expect(second).not.toHaveTextContent('Unread');
    expect(within(second!).getByText('3 hours ago')).toBeInTheDocument();
    // A moderator's action is told without the moderator's name.
    expect(third).toHaveTextContent('A moderator hid your post');
    expect(third).not.toHaveTextContent('A Moderator');
  });

  it('marks everything read at once', async () => {
    const network = notificationsApi({ MarkAllNotificationsRead: { data: { markAllNotificationsRead: 2 } } });
    const { user } = renderApp('/notifications', { fetch: network });
    await listItems();

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(await screen.findByText('All your notifications are marked as read.')).toBeInTheDocument();
    expect(requestsOf(network, 'MarkAllNotificationsRead')).toHaveLength(1);
    for (const item of await listItems()) expect(item).not.toHaveTextContent('Unread');
    // The bell asks for its count again.
    await waitFor(() => expect(requestsOf(network, 'UnreadNotificationCount')).toHaveLength(2));
  });

  it('says so when marking everything read fails', async () => {
    const network = notificationsApi({ MarkAllNotificationsRead: errorAnswer('INTERNAL', 'Boom') });
    const { user } = renderApp('/notifications', { fetch: network });
    await listItems();

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(
      await screen.findByText('That did not work. Check your connection, then try again.'),
    ).toBeInTheDocument();
    expect((await listItems())[0]).toHaveTextContent('Unread');
  });

  it('opening a notification marks it read and goes to its subject', async () => {
    const network = notificationsApi({ MarkNotificationsRead: { data: { markNotificationsRead: 1 } } });
    const { user, router } = renderApp('/notifications', { fetch: network });
    await listItems();

    await user.click(screen.getByRole('link', { name: mention.title }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(new URL(mention.link, 'http://x').pathname),
    );
    expect(router.state.location.hash).toBe(`#post-${mention.id}`);
    await waitFor(() =>
      expect(requestsOf(network, 'MarkNotificationsRead')).toEqual([{ ids: [mention.id] }]),
    );
  });

  it('loads older notifications on demand', async () => {
    const older = notificationFactory({ title: 'Ammunition marking standards', read: true });
    const network = notificationsApi({
      Notifications: (variables) =>
        variables.after === 'cursor-1'
          ? notificationsAnswer([older])
          : notificationsAnswer([mention, reply], { endCursor: 'cursor-1', hasNextPage: true }),
    });
    const { user } = renderApp('/notifications', { fetch: network });
    expect(await listItems()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Show older notifications' }));

    await waitFor(async () => expect(await listItems()).toHaveLength(3));
    expect((await listItems())[2]).toHaveTextContent('Ammunition marking standards');
    expect(requestsOf(network, 'Notifications')).toEqual([
      { first: 20, after: null, unreadOnly: false },
      { first: 20, after: 'cursor-1', unreadOnly: false },
    ]);
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).not.toBeInTheDocument();
  });

  it('shows only unread notifications when asked', async () => {
    const network = notificationsApi({
      Notifications: (variables) =>
        notificationsAnswer(variables.unreadOnly ? [mention] : [mention, reply, hidden]),
    });
    const { user } = renderApp('/notifications', { fetch: network });
    expect(await listItems()).toHaveLength(3);

    await user.click(screen.getByRole('checkbox', { name: 'Unread only' }));

    await waitFor(async () => expect(await listItems()).toHaveLength(1));
    expect(requestsOf(network, 'Notifications').at(-1)).toEqual({ first: 20, after: null, unreadOnly: true });
  });

  it('puts a new notification on top as it arrives', async () => {
    const fresh = notificationFactory({
      title: 'New route through the Gulf of Guinea',
      createdAt: new Date().toISOString(),
      actor: { id: 'a3', fullName: 'Fatou Ndiaye' },
    });
    let items = [mention, reply, hidden];
    const network = notificationsApi({ Notifications: () => notificationsAnswer(items) });
    renderApp('/notifications', { fetch: network });
    expect(await listItems()).toHaveLength(3);
    await waitFor(() => expect(openedSockets).toHaveLength(1));

    items = [fresh, mention, reply, hidden];
    act(() =>
      openedSockets[0]!.serverEmit('notification.created', {
        id: fresh.id,
        kind: 'MENTION',
        link: fresh.link,
      }),
    );

    await waitFor(async () => expect(await listItems()).toHaveLength(4));
    expect((await listItems())[0]).toHaveTextContent('Fatou Ndiaye mentioned you');
  });

  it('says when there is nothing yet', async () => {
    renderApp('/notifications', { fetch: notificationsApi({ Notifications: notificationsAnswer([]) }) });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'No notifications yet' }),
    ).toBeInTheDocument();
  });

  it('saves the e-mail preference and confirms it', async () => {
    const network = notificationsApi({
      UpdateNotificationPreferences: (variables) => ({
        data: { updateNotificationPreferences: (variables.input as object) ?? {} },
      }),
    });
    const { user } = renderApp('/notifications', { fetch: network });

    const group = await screen.findByRole('group', { name: 'E-mail me about new notifications' });
    expect(within(group).getByRole('radio', { name: /Immediately/ })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /Daily digest/ }));
    await user.click(screen.getByRole('button', { name: 'Save e-mail preference' }));

    expect(await screen.findByText('Your e-mail preference is saved.')).toBeInTheDocument();
    expect(requestsOf(network, 'UpdateNotificationPreferences')).toEqual([{ input: { emailMode: 'DAILY' } }]);
    expect(within(group).getByRole('radio', { name: /Daily digest/ })).toBeChecked();
  });

  it('is usable with the keyboard: the preference by arrow keys, saved with Enter', async () => {
    const network = notificationsApi({
      UpdateNotificationPreferences: (variables) => ({
        data: { updateNotificationPreferences: variables.input as object },
      }),
    });
    const { user } = renderApp('/notifications', { fetch: network });
    const group = await screen.findByRole('group', { name: 'E-mail me about new notifications' });

    within(group)
      .getByRole('radio', { name: /Immediately/ })
      .focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(group).getByRole('radio', { name: /Never/ })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save e-mail preference' })).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() =>
      expect(requestsOf(network, 'UpdateNotificationPreferences')).toEqual([{ input: { emailMode: 'OFF' } }]),
    );
  });

  it('reads right to left in Arabic', async () => {
    renderApp('/notifications', { fetch: notificationsApi(), language: 'ar' });

    expect(await screen.findByRole('heading', { level: 1, name: 'الإشعارات' })).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect((await screen.findAllByText('أشار إليك Carlos Mendes'))[0]).toBeInTheDocument();
  });
});
