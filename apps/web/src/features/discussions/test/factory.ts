import type {
  DiscussionCategoryFieldsFragment,
  DiscussionPostFieldsFragment,
  DiscussionThreadQuery,
  ThreadSummaryFieldsFragment,
} from '../../../graphql/generated/graphql';
import { nextId } from '../../../test/identity.factory';
import { FakeSocket } from '../../../test/socket';

/**
 * Test data for the discussions, shaped like the api's answers: synthetic people and cases. Each
 * factory gives a plausible record; a test overrides what it is about.
 */

type Thread = DiscussionThreadQuery['discussionThread'];

export const kwame = { id: '11111111-1111-4111-8111-111111111111', fullName: 'Kwame Mensah', photoUrl: null };
export const lucia = {
  id: '22222222-2222-4222-8222-222222222222',
  fullName: 'Lucía Fernández',
  photoUrl: null,
};
/** The signed-in member of test/graphql's fakeViewer. */
export const amina = { id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01', fullName: 'Amina Diallo', photoUrl: null };

export function categoryFactory(
  overrides: Partial<DiscussionCategoryFieldsFragment> = {},
): DiscussionCategoryFieldsFragment {
  return {
    id: nextId(),
    slug: 'tracing-requests',
    name: 'Tracing requests',
    names: [{ language: 'fr', text: 'Demandes de traçage' }],
    description: 'Tracing firearms from their markings: requests, answers, delays.',
    descriptions: [],
    restricted: false,
    groups: [],
    position: 0,
    threadCount: 12,
    unreadThreadCount: 0,
    lastActivityAt: '2026-11-22T08:00:00.000Z',
    watchLevel: 'NONE',
    ...overrides,
  };
}

export function threadSummaryFactory(
  overrides: Partial<ThreadSummaryFieldsFragment> = {},
): ThreadSummaryFieldsFragment {
  return {
    id: nextId(),
    title: 'Converted alarm pistols arriving by express courier',
    pinned: false,
    locked: false,
    tags: ['parcel post', 'conversion'],
    countries: ['GH', 'TG'],
    replyCount: 4,
    createdAt: '2026-11-20T08:00:00.000Z',
    lastPostAt: '2026-11-22T07:00:00.000Z',
    lastSeq: 5,
    author: kwame,
    lastPostAuthor: { id: lucia.id, fullName: lucia.fullName },
    category: { id: nextId(), slug: 'tracing-requests', name: 'Tracing requests', names: [] },
    readState: { unread: false, firstUnreadSeq: null },
    ...overrides,
  };
}

export function postFactory(
  overrides: Partial<DiscussionPostFieldsFragment> = {},
): DiscussionPostFieldsFragment {
  const seq = overrides.seq ?? 1;
  return {
    id: nextId(),
    seq,
    opening: seq === 1,
    createdAt: '2026-11-20T08:00:00.000Z',
    editedAt: null,
    body: `Post ${seq}: we traced the frames to a dealer in the region.`,
    bodyHtml: `<p>Post ${seq}: we traced the frames to a dealer in the region.</p>`,
    hidden: false,
    hiddenReason: null,
    deletedBy: null,
    flaggedByMe: false,
    canEdit: false,
    canDelete: false,
    canSeeHistory: false,
    author: kwame,
    replyTo: null,
    attachments: [],
    ...overrides,
  };
}

export function threadFactory(
  overrides: Partial<Thread> = {},
  posts: DiscussionPostFieldsFragment[] = [],
): Thread {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    title: 'Converted alarm pistols arriving by express courier',
    pinned: false,
    locked: false,
    tags: ['parcel post'],
    countries: ['GH'],
    caseReference: 'GH-ACC-2026-114',
    language: 'en',
    createdAt: '2026-11-20T08:00:00.000Z',
    lastSeq: posts.at(-1)?.seq ?? 1,
    replyCount: Math.max(0, posts.length - 1),
    watchLevel: 'NONE',
    author: { id: kwame.id, fullName: kwame.fullName },
    category: {
      id: '44444444-4444-4444-8444-444444444444',
      slug: 'tracing-requests',
      name: 'Tracing requests',
      names: [],
    },
    readState: { unread: false, firstUnreadSeq: null, lastReadSeq: posts.at(-1)?.seq ?? 0 },
    posts: { total: posts.length, hasMore: false, items: posts },
    ...overrides,
  };
}

/** A session socket that also records what the page sends, and acknowledges joins. */
export class LiveSocket extends FakeSocket {
  readonly sent: Array<{ event: string; payload: unknown }> = [];

  constructor() {
    super({});
  }

  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    this.sent.push({ event, payload });
    ack?.({ ok: true });
    return this;
  }
}
