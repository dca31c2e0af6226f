import { MessageScheme, type MessageDto } from '@cop/contracts';
import type {
  ChatMessageFieldsFragment,
  ConversationFieldsFragment,
} from '../../../graphql/generated/graphql';
import { nextId } from '../../../test/identity.factory';
import { FakeSocket } from '../../../test/socket';

/**
 * Test data for the messages, shaped like the api's answers and events: synthetic people. Each
 * factory gives a plausible record; a test overrides what it is about.
 */

/** The signed-in member of test/graphql's fakeViewer. */
export const amina = { id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01', fullName: 'Amina Diallo', photoUrl: null };
export const kwame = { id: '11111111-1111-4111-8111-111111111111', fullName: 'Kwame Mensah', photoUrl: null };
export const lucia = {
  id: '22222222-2222-4222-8222-222222222222',
  fullName: 'Lucía Fernández',
  photoUrl: null,
};

let seq = 100;

export function messageDto(overrides: Partial<MessageDto> = {}): MessageDto {
  const next = ++seq;
  return {
    id: nextId(),
    conversationId: 'c0000000-0000-4000-8000-000000000001',
    clientId: nextId(),
    senderId: kwame.id,
    seq: next,
    changeSeq: next,
    scheme: MessageScheme.PLAIN,
    payload: 'The serial numbers were ground off; the lab restored two digits.',
    replyToId: null,
    attachments: [],
    createdAt: '2026-12-07T09:30:00.000Z',
    editedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

export function messageFields(
  overrides: Partial<ChatMessageFieldsFragment> = {},
): ChatMessageFieldsFragment & { replyTo: null } {
  const dto = messageDto();
  return { ...dto, attachments: [], replyTo: null, ...overrides };
}

export function member(person: { id: string; fullName: string; photoUrl: null }, readSeq = 0) {
  return {
    role: 'MEMBER' as const,
    deliveredSeq: readSeq,
    readSeq,
    readAt: null,
    member: person,
  };
}

export function conversationFactory(
  overrides: Partial<ConversationFieldsFragment> = {},
): ConversationFieldsFragment {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    kind: 'DIRECT',
    title: null,
    jitWorkspaceId: null,
    myRole: 'MEMBER',
    muted: false,
    unreadCount: 0,
    lastActivityAt: '2026-12-07T09:30:00.000Z',
    createdAt: '2026-12-01T09:30:00.000Z',
    members: [member(amina), member(kwame)],
    lastMessage: null,
    ...overrides,
  };
}

/** A socket that records what the page emits; acknowledgements wait for the test unless `answer` is set. */
export class MessagingSocket extends FakeSocket {
  readonly sent: Array<{ event: string; payload: unknown; ack?: (answer: unknown) => void }> = [];
  /** Answers acknowledgements at once, from the event and payload; none when it returns undefined. */
  answer: ((event: string, payload: unknown) => unknown) | null = null;

  constructor() {
    super({});
  }

  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): this {
    this.sent.push({ event, payload, ack });
    const answer = this.answer?.(event, payload);
    if (answer !== undefined) ack?.(answer);
    return this;
  }

  /** What was emitted as `event`, in order. */
  sentOf(event: string): unknown[] {
    return this.sent.filter((entry) => entry.event === event).map((entry) => entry.payload);
  }

  /** The link drops. */
  drop(): void {
    this.connected = false;
    this.serverEmit('disconnect', 'transport close');
  }

  /** The link is back. */
  reconnect(): void {
    this.connected = true;
    this.connects += 1;
    this.serverEmit('connect');
  }
}
