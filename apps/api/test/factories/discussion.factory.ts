import { randomBytes } from 'node:crypto';
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
