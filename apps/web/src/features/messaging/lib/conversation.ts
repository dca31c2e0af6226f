import type { ConversationFieldsFragment } from '../../../graphql/generated/graphql';

export type Conversation = ConversationFieldsFragment;
export type ConversationMember = Conversation['members'][number];

/** The other members of a conversation (everyone but `me`). */
export function othersOf(conversation: Conversation, me: string | undefined): ConversationMember[] {
  return conversation.members.filter((entry) => entry.member.id !== me);
}

/**
 * A conversation's name: a group's (or JIT workspace channel's) title; for a direct conversation the other person's name
 * (`fallback` once they are no longer a member).
 */
export function conversationTitle(
  conversation: Conversation,
  me: string | undefined,
  fallback: string,
): string {
  if (conversation.kind === 'GROUP' || conversation.kind === 'JIT') return conversation.title ?? fallback;
  return othersOf(conversation, me)[0]?.member.fullName ?? fallback;
}

/** Members' names by id, to name senders and readers. */
export function namesOf(conversation: Conversation | undefined): Map<string, string> {
  return new Map((conversation?.members ?? []).map((entry) => [entry.member.id, entry.member.fullName]));
}

/** A one-line excerpt of a message's text. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
