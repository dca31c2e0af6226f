import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runDemoLoaders } from '../database/demo/demo-loader.js';
import { identityDemoLoader } from '../identity/identity.demo.js';
import { SIGN_IN } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { messagingDemoLoader } from './messaging.demo.js';

const LIST = `{ messagingUnreadCount conversations { kind title unreadCount members { member { fullName } }
  lastMessage { payload editedAt sender { fullName } } } }`;

describe('messaging demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives the printed demo member direct and group conversations with unread messages', async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const result = await runDemoLoaders(t.app, ds, [identityDemoLoader, messagingDemoLoader]);
    const login = result.logins.find((l) => l.role === 'MEMBER')!;
    const agent = t.agent();
    expect(
      (await agent.gql(SIGN_IN, { input: { email: login.email, password: login.password } })).body.data.signIn
        .state,
    ).toBe('ACTIVE');
    const data = (await agent.gql(LIST)).body.data as {
      messagingUnreadCount: number;
      conversations: { kind: string; title: string | null; unreadCount: number; members: unknown[] }[];
    };
    expect(data.conversations.map((c) => c.kind).sort()).toEqual(['DIRECT', 'DIRECT', 'GROUP', 'GROUP']);
    expect(data.messagingUnreadCount).toBeGreaterThan(0);
    expect(data.conversations.filter((c) => c.unreadCount > 0).length).toBeGreaterThanOrEqual(2);

    const stats = await t.sql<{ replies: number; edited: number }[]>(
      `SELECT count(*) FILTER (WHERE reply_to_id IS NOT NULL)::int AS replies,
              count(*) FILTER (WHERE edited_at IS NOT NULL)::int AS edited
         FROM message`,
    );
    expect(stats[0]!.replies).toBeGreaterThanOrEqual(1);
    expect(stats[0]!.edited).toBeGreaterThanOrEqual(1);
    // Sequences are consistent: each conversation's last_seq is its newest message.
    const [bad] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM conversation c
        WHERE c.last_seq <> (SELECT max(seq) FROM message m WHERE m.conversation_id = c.id)`,
    );
    expect(bad!.n).toBe(0);
  });
});
