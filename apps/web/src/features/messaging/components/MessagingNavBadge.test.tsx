import { act, screen, waitFor, within } from '@testing-library/react';
import { MESSAGING_EVENTS } from '@cop/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { graphqlNetwork, healthAnswer, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';
import { openedSockets } from '../../../test/socket';
import { resetEngine } from '../lib/engine';
import { amina, kwame } from '../test/factory';

function api(count: () => number) {
  return graphqlNetwork({
    Viewer: viewerAnswer(),
    Health: healthAnswer('OK'),
    UnreadNotificationCount: { data: { unreadNotificationCount: 0 } },
    MessagingUnreadCount: () => ({ data: { messagingUnreadCount: count() } }),
  });
}

function navigation() {
  return screen.getByRole('navigation', { name: 'Main navigation' });
}

describe('unread message badge', () => {
  afterEach(() => resetEngine());

  it('counts unread messages on the Messages link, for screen readers too', async () => {
    renderApp('/', { fetch: api(() => 4) });
    const link = await within(navigation()).findByRole('link', { name: 'Messages unread: 4' });
    expect(link).toHaveAttribute('href', '/messages');
  });

  it('has no badge when nothing is unread', async () => {
    const network = api(() => 0);
    renderApp('/', { fetch: network });
    await waitFor(() => expect(requestsOf(network, 'MessagingUnreadCount')).toHaveLength(1));
    expect(within(navigation()).getByRole('link', { name: 'Messages' })).toBeInTheDocument();
  });

  it('asks again when a message arrives or one’s own reading moves, not for others’ receipts', async () => {
    let count = 1;
    const network = api(() => count);
    renderApp('/', { fetch: network });
    await within(navigation()).findByRole('link', { name: 'Messages unread: 1' });
    await waitFor(() => expect(openedSockets).toHaveLength(1));
    const socket = openedSockets[0]!;

    count = 2;
    act(() => socket.serverEmit(MESSAGING_EVENTS.created, { message: { id: 'm1' } }));
    await within(navigation()).findByRole('link', { name: 'Messages unread: 2' });

    const asked = requestsOf(network, 'MessagingUnreadCount').length;
    act(() =>
      socket.serverEmit(MESSAGING_EVENTS.receiptUpdated, {
        conversationId: 'c1',
        userId: kwame.id,
        deliveredSeq: 3,
        readSeq: 3,
      }),
    );
    // Longer than the badge's pause: another member's reading asked nothing.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(requestsOf(network, 'MessagingUnreadCount')).toHaveLength(asked);
    count = 0;
    act(() =>
      socket.serverEmit(MESSAGING_EVENTS.receiptUpdated, {
        conversationId: 'c1',
        userId: amina.id,
        deliveredSeq: 3,
        readSeq: 3,
      }),
    );
    await waitFor(() =>
      expect(within(navigation()).getByRole('link', { name: 'Messages' })).toBeInTheDocument(),
    );
    expect(requestsOf(network, 'MessagingUnreadCount')).toHaveLength(asked + 1);
  });
});
