import { randomUUID } from 'node:crypto';
import { MESSAGING_EVENTS, type MessageDto, type MessagingAck } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import type { TestAgent, TestApp } from '../test-app.js';

export const START_DIRECT = `mutation D($memberId: ID!) { startDirectConversation(memberId: $memberId) { id kind title myRole } }`;
export const CREATE_GROUP = `mutation G($input: NewGroupInput!) { createGroupConversation(input: $input) { id kind title myRole members { member { id } role } } }`;

/** The direct conversation of the agent's member with another member (GraphQL). */
export async function startDirect(agent: TestAgent, memberId: string): Promise<string> {
  const res = await agent.gql(START_DIRECT, { memberId });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return (res.body.data.startDirectConversation as { id: string }).id;
}

/** A group created by the agent's member (admin) with these other members. */
export async function createGroupConversation(
  agent: TestAgent,
  memberIds: string[],
  title = 'Operation Harbour Light',
): Promise<string> {
  const res = await agent.gql(CREATE_GROUP, { input: { title, memberIds } });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return (res.body.data.createGroupConversation as { id: string }).id;
}

export type SendAck = MessagingAck<{ message: MessageDto }>;

/** Emits `message.send` and waits for the acknowledgement. */
export function sendOverSocket(
  socket: Socket,
  conversationId: string,
  payload: string,
  extra: { clientId?: string; replyToId?: string; scheme?: string } = {},
): Promise<SendAck> {
  return socket.timeout(5000).emitWithAck(MESSAGING_EVENTS.send, {
    conversationId,
    clientId: extra.clientId ?? randomUUID(),
    scheme: extra.scheme ?? 'plain',
    payload,
    replyToId: extra.replyToId,
  }) as Promise<SendAck>;
}

/** Emits any event with any body and waits for the acknowledgement. */
export function emitAck<T = object>(socket: Socket, event: string, body: unknown): Promise<MessagingAck<T>> {
  return socket.timeout(5000).emitWithAck(event, body) as Promise<MessagingAck<T>>;
}

/** The message of a successful send (fails the test otherwise). */
export function sent(ack: SendAck): MessageDto {
  if (!ack.ok) throw new Error(`send refused: ${ack.code} ${ack.message}`);
  return ack.message;
}

/** How many rows a table has for a conversation (straight from the database). */
export async function messageCount(t: TestApp, conversationId: string): Promise<number> {
  const [row] = await t.sql<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM message WHERE conversation_id = $1`,
    [conversationId],
  );
  return row!.n;
}
