import type { ChatMessage } from './types';

/**
 * Merges messages into a conversation's messages by id: a message already known is replaced only
 * by a version at least as new (its changeSeq), so an older copy arriving late (a history page read
 * before an edit, a catch-up answer after the live event) never undoes a newer change. Returns the
 * same map when nothing changed.
 */
export function mergeMessages(
  known: ReadonlyMap<string, ChatMessage>,
  incoming: readonly ChatMessage[],
): ReadonlyMap<string, ChatMessage> {
  let next: Map<string, ChatMessage> | null = null;
  for (const message of incoming) {
    const current = (next ?? known).get(message.id);
    if (current && current.changeSeq > message.changeSeq) continue;
    if (current && current.changeSeq === message.changeSeq && sameAttachments(current, message)) continue;
    next ??= new Map(known);
    next.set(message.id, message);
  }
  return next ?? known;
}

function sameAttachments(a: ChatMessage, b: ChatMessage): boolean {
  return (
    a.attachments.length === b.attachments.length &&
    a.attachments.every((attachment, index) => attachment.downloadUrl === b.attachments[index]?.downloadUrl)
  );
}

/** The messages oldest first (by seq, the order the server gave them). */
export function inOrder(messages: ReadonlyMap<string, ChatMessage>): ChatMessage[] {
  return [...messages.values()].sort((a, b) => a.seq - b.seq);
}

export interface CatchUpPage {
  messages: ChatMessage[];
  hasMore: boolean;
  lastChangeSeq: number;
}

/**
 * Asks for everything after `after` until the server says there is no more, handing each page to
 * `apply` in order. Resolves with the new cursor (the highest changeSeq applied). A failed request
 * rejects: the cursor then stays where the last applied page left it (`apply` saw it).
 */
export async function catchUp(
  after: number,
  ask: (afterChangeSeq: number) => Promise<CatchUpPage>,
  apply: (page: CatchUpPage) => void,
  maxPages = 1000,
): Promise<number> {
  let cursor = after;
  for (let page = 0; page < maxPages; page++) {
    const answer = await ask(cursor);
    apply(answer);
    const highest = answer.messages.reduce((max, m) => Math.max(max, m.changeSeq), answer.lastChangeSeq);
    // A server that answers "more" without moving forward would loop for ever: stop.
    if (!answer.hasMore || highest <= cursor) return Math.max(cursor, highest);
    cursor = highest;
  }
  return cursor;
}
