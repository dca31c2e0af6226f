import { randomBytes } from 'node:crypto';
import { THREAD_EVENTS } from '@cop/contracts';
import { io, type Socket } from 'socket.io-client';
import type { TestAgent, TestApp } from '../test-app.js';

/** Categories and groups straight in the database (admin screens have their own tests). */
export async function createGroup(
  t: TestApp,
  name = 'Western Balkans',
  memberIds: string[] = [],
): Promise<string> {
  const slug = `g-${randomBytes(4).toString('hex')}`;
  const [row] = await t.sql<{ id: string }[]>(
    `INSERT INTO discussion_group (slug, kind, name) VALUES ($1, 'REGIONAL', $2) RETURNING id`,
    [slug, name],
  );
  for (const id of memberIds) {
    await t.sql(`INSERT INTO discussion_group_member (group_id, user_id) VALUES ($1, $2)`, [row!.id, id]);
  }
  return row!.id;
}

export async function createCategory(
  t: TestApp,
  name = 'Converted weapons',
  groupIds: string[] = [],
): Promise<string> {
  const slug = `c-${randomBytes(4).toString('hex')}`;
  const [row] = await t.sql<{ id: string }[]>(
    `INSERT INTO discussion_category (slug, name) VALUES ($1, $2) RETURNING id`,
    [slug, name],
  );
  for (const g of groupIds) {
    await t.sql(`INSERT INTO discussion_category_group (category_id, group_id) VALUES ($1, $2)`, [
      row!.id,
      g,
    ]);
  }
  return row!.id;
}

export const CREATE_THREAD = `mutation Create($input: NewThreadInput!) {
  createDiscussionThread(input: $input) { id title lastSeq opening { id seq bodyHtml } } }`;
export const REPLY = `mutation Reply($input: ReplyInput!) {
  replyToDiscussionThread(input: $input) { id seq body bodyHtml } }`;

export async function startThread(
  agent: TestAgent,
  categoryId: string,
  fields: {
    title?: string;
    body?: string;
    tags?: string[];
    countries?: string[];
    attachmentIds?: string[];
    language?: string;
    caseReference?: string;
  } = {},
): Promise<{ id: string; openingId: string }> {
  const res = await agent.gql(CREATE_THREAD, {
    input: {
      categoryId,
      title: fields.title ?? 'Conversion of alarm pistols',
      body: fields.body ?? 'How did you prove the conversion?',
      tags: fields.tags,
      countries: fields.countries,
      attachmentIds: fields.attachmentIds,
      language: fields.language,
      caseReference: fields.caseReference,
    },
  });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  const thread = res.body.data.createDiscussionThread as { id: string; opening: { id: string } };
  return { id: thread.id, openingId: thread.opening.id };
}

export async function reply(
  agent: TestAgent,
  threadId: string,
  body: string,
  replyToPostId?: string,
): Promise<string> {
  const res = await agent.gql(REPLY, { input: { threadId, body, replyToPostId } });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return (res.body.data.replyToDiscussionThread as { id: string }).id;
}

// ------------------------------------------------------------------ files and live sockets

/** Uploads a file as the agent's member through POST /api/files (as the web app does). */
export async function uploadFile(
  agent: TestAgent,
  data: Buffer,
  filename: string,
): Promise<{ id: string; name: string }> {
  const res = await agent.agent
    .post('/api/files')
    .set('x-csrf', '1')
    .attach('file', data, { filename, contentType: 'application/octet-stream' });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; name: string };
}

/** Starts listening on a free port (sockets need a real server); answers the base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
}

/** The session cookie of an agent signed in on a listening app. */
export function cookieOf(agent: TestAgent): string {
  const jar = (agent.agent as unknown as { jar: { getCookies(o: object): { toValueString(): string }[] } })
    .jar;
  return jar
    .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
    .map((c) => c.toValueString())
    .join('; ');
}

/** A socket.io client with the agent's session cookie, connected (or rejected with connect_error). */
export async function connectSocket(url: string, agent: TestAgent): Promise<Socket> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie: cookieOf(agent) },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (e) => {
      socket.close();
      reject(e);
    });
  });
  return socket;
}

export type JoinAnswer = { ok: true } | { ok: false; code: string; message: string };

/** Emits `thread.join` with any payload and waits for the acknowledgement. */
export function joinThread(socket: Socket, payload: unknown): Promise<JoinAnswer> {
  return socket.timeout(3000).emitWithAck(THREAD_EVENTS.join, payload) as Promise<JoinAnswer>;
}

/** Records every payload a socket receives for these events (to assert on what did NOT arrive). */
export function recordEvents(socket: Socket, events: string[]): Record<string, unknown[]> {
  const seen: Record<string, unknown[]> = Object.fromEntries(events.map((e) => [e, []]));
  for (const event of events) socket.on(event, (payload: unknown) => seen[event]!.push(payload));
  return seen;
}

/** The next `event` on the socket whose payload passes `accept`; rejects after `timeoutMs`. */
export function nextEvent<T = Record<string, unknown>>(
  socket: Socket,
  event: string,
  accept: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no '${event}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Lets events already on their way arrive (after a positive control has received its own). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
