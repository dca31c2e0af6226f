import type { DiscussionPostFieldsFragment, DiscussionThreadQuery } from '../../../graphql/generated/graphql';

export type Post = DiscussionPostFieldsFragment;
export type Thread = DiscussionThreadQuery['discussionThread'];

/** The Markdown of a post as a quotation: each line after "> ", then an empty line. */
export function quoteMarkdown(body: string): string {
  const lines = body.trim().split('\n');
  return `${lines.map((line) => (line ? `> ${line}` : '>')).join('\n')}\n\n`;
}
