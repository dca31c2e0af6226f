import { MESSAGING_EVENTS, type MessageEvent } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  listen,
  nextEvent,
  recordEvents,
  settle,
} from '../../test/factories/discussion.factory.js';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createGroupConversation, sendOverSocket, sent } from '../../test/factories/messaging.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

/** Two api instances on one PostgreSQL serve one conversation (@socket.io/postgres-adapter). */
describe('messaging across api instances', () => {
  let a: TestApp;
  let b: TestApp;
  let urlA: string;
  let urlB: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ database: a.db });
    urlA = await listen(a);
    urlB = await listen(b);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await b.close();
    await a.close();
  });

  it('delivers a message sent on one instance to a socket on the other, and moves rooms on both', async () => {
    const [ana, bo, cy] = await Promise.all([
      createMember(a, { fullName: 'Ana Pereira' }),
      createMember(a, { fullName: 'Bo Lindqvist' }),
      createMember(a, { fullName: 'Cy Okafor' }),
    ]);
    const anaOnB = await signIn(b, ana);
    const boOnA = await signIn(a, bo);
    const cyOnA = await signIn(a, cy);
    const group = await createGroupConversation(anaOnB, [bo.id, cy.id], 'Balkan route, parcels');
    const sender = await connectSocket(urlB, anaOnB);
    const receiver = await connectSocket(urlA, boOnA);
    const removed = await connectSocket(urlA, cyOnA);
    sockets.push(sender, receiver, removed);
    // Let the adapter's LISTEN connections settle on both instances.
    await settle(300);

    const arrived = nextEvent<MessageEvent>(
      receiver,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === group,
    );
    const message = sent(await sendOverSocket(sender, group, 'Sent through instance B.'));
    expect((await arrived).message).toEqual(message);

    // Removed through instance B: the socket on instance A leaves the room.
    const told = nextEvent(removed, MESSAGING_EVENTS.conversationRemoved);
    const res = await anaOnB.gql(
      `mutation R($id: ID!, $m: ID!) { removeConversationMember(id: $id, memberId: $m) { id } }`,
      {
        id: group,
        m: cy.id,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(await told).toEqual({ conversationId: group });
    await settle(200);
    const seen = recordEvents(removed, [MESSAGING_EVENTS.created]);
    const next = nextEvent<MessageEvent>(
      receiver,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === group,
    );
    sent(await sendOverSocket(sender, group, 'Only for Bo now.'));
    await next;
    await settle(200);
    expect(seen[MESSAGING_EVENTS.created]).toEqual([]);
  });
});
