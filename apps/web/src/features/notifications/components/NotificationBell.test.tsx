import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, healthAnswer, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';
import { openedSockets } from '../../../test/socket';

function countAnswer(count: number) {
  return { data: { unreadNotificationCount: count } };
}

function api(count: () => number) {
  return graphqlNetwork({
    Viewer: viewerAnswer(),
    Health: healthAnswer('OK'),
    UnreadNotificationCount: () => countAnswer(count()),
  });
}

function header() {
  return screen.getByRole('banner');
}

describe('notification bell', () => {
  it('shows the unread count and names it for screen readers, linking to the notifications page', async () => {
    renderApp('/', { fetch: api(() => 3) });

    const bell = await within(header()).findByRole('link', { name: 'Notifications, 3 unread' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('3');
  });

  it('shows 99+ above 99', async () => {
    renderApp('/', { fetch: api(() => 150) });

    const bell = await within(header()).findByRole('link', { name: 'Notifications, more than 99 unread' });
    expect(bell).toHaveTextContent('99+');
  });

  it('has no badge when nothing is unread', async () => {
    const network = api(() => 0);
    renderApp('/', { fetch: network });

    await waitFor(() => expect(requestsOf(network, 'UnreadNotificationCount')).toHaveLength(1));
    const bell = within(header()).getByRole('link', { name: 'Notifications' });
    expect(bell).toHaveTextContent('');
  });

  it('follows new and read notifications live, from the session socket', async () => {
    let count = 1;
    const network = api(() => count);
    renderApp('/', { fetch: network });
    await within(header()).findByRole('link', { name: 'Notifications, 1 unread' });
    await waitFor(() => expect(openedSockets).toHaveLength(1));
    const socket = openedSockets[0]!;

    count = 2;
    act(() => socket.serverEmit('notification.created', { id: 'n2', kind: 'MENTION', link: '/x' }));
    expect(
      await within(header()).findByRole('link', { name: 'Notifications, 2 unread' }),
    ).toBeInTheDocument();

    count = 0;
    act(() => socket.serverEmit('notification.read', { all: true, unreadCount: 0 }));
    expect(await within(header()).findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(requestsOf(network, 'UnreadNotificationCount')).toHaveLength(3);
  });

  it('asks again after the socket reconnects, since events may have been missed', async () => {
    let count = 1;
    const network = api(() => count);
    renderApp('/', { fetch: network });
    await within(header()).findByRole('link', { name: 'Notifications, 1 unread' });
    await waitFor(() => expect(openedSockets).toHaveLength(1));
    const socket = openedSockets[0]!;

    count = 4;
    act(() => {
      socket.serverEmit('disconnect', 'transport close');
      socket.serverEmit('connect');
    });
    expect(
      await within(header()).findByRole('link', { name: 'Notifications, 4 unread' }),
    ).toBeInTheDocument();
  });

  it('is not there for visitors', async () => {
    renderApp('/', { fetch: graphqlNetwork({ Viewer: viewerAnswer(null), Health: healthAnswer('OK') }) });

    await within(header()).findByRole('link', { name: 'Sign in' });
    expect(within(header()).queryByRole('link', { name: /Notifications/ })).not.toBeInTheDocument();
  });

  it('speaks Arabic, right to left', async () => {
    renderApp('/', { fetch: api(() => 5), language: 'ar' });

    // Arabic texts arrive with their own chunk: the header shows once they have.
    // Digits as the reader's language writes them (Intl decides: Latin or Arabic-Indic).
    const five = new Intl.NumberFormat('ar').format(5);
    const bell = await screen.findByRole('link', { name: `الإشعارات، غير المقروءة: ${five}` });
    expect(header()).toContainElement(bell);
    expect(bell).toHaveTextContent(five);
    expect(document.documentElement.dir).toBe('rtl');
  });
});
