import { randomUUID } from 'node:crypto';
import { AccountStatus } from '@cop/contracts';
import { createMember, signIn, waitForMail, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { NotificationEmails } from './notification-emails.js';
import { NotificationSubjects } from './notification-subjects.js';
import type { NotificationKind } from './notification-kinds.js';
import { NotificationsService } from './notifications.service.js';

const SUBJECT = 'test_item';
const PUBLIC_URL = 'https://portal.example.org';
const SET_MODE = `mutation P($mode: NotificationEmailMode!) {
  updateNotificationPreferences(input: { emailMode: $mode }) { emailMode }
}`;

/** Titles and texts of the subjects: none may ever appear in an e-mail. */
const SECRET_TITLE = 'Operation Northern Route: suspects in Group B';
const SECRET_EXCERPT = 'The shipment leaves Tuesday from warehouse 14';

describe('notification e-mails', () => {
  let t: TestApp;
  let service: NotificationsService;
  const hidden = new Map<string, Set<string>>();

  beforeAll(async () => {
    // Two seconds of batching: room for a burst (or a read) on a busy test machine.
    t = await createTestApp({ env: { PUBLIC_URL }, tuning: { notificationEmailDelaySeconds: 2 } });
    t.app.get(NotificationSubjects).register(SUBJECT, async (principal, ids) => {
      return new Map(
        ids
          .filter((id) => !hidden.get(id)?.has(principal.userId))
          .map((id) => [id, { title: SECRET_TITLE, excerpt: SECRET_EXCERPT }]),
      );
    });
    service = t.app.get(NotificationsService);
  });
  afterAll(() => t.close());

  async function notify(
    recipient: string,
    kind: NotificationKind = 'MENTION',
    actorId: string | null = null,
  ): Promise<string> {
    const subjectId = randomUUID();
    const thread = randomUUID();
    await service.notify({
      kind,
      recipients: [recipient],
      actorId,
      subjectType: SUBJECT,
      subjectId,
      contextId: thread,
      link: `/discussions/t/${thread}#post-${subjectId}`,
    });
    return subjectId;
  }

  /** Waits until no e-mail job of this member is waiting or running. */
  async function emailJobsDone(userId: string): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [row] = await t.sql<{ total: number; pending: number }[]>(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS pending
           FROM pgboss.job WHERE name = 'notifications.email' AND singleton_key = $1`,
        [userId],
      );
      if (row && row.total > 0 && row.pending === 0) return;
      if (Date.now() > deadline) throw new Error('e-mail job still pending');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function emailJobCount(userId: string): Promise<number> {
    const [row] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notifications.email' AND singleton_key = $1`,
      [userId],
    );
    return row?.n ?? 0;
  }

  /** Mail queued or delivered to `email` (jobs on mail.send: the outbox may lag behind). */
  async function mailsTo(email: string): Promise<number> {
    const [row] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1`,
      [email],
    );
    return row?.n ?? 0;
  }

  async function member(): Promise<TestMember & { client: TestAgent }> {
    const m = await createMember(t);
    return { ...m, client: await signIn(t, m) };
  }

  it('sends one e-mail for a burst (IMMEDIATE), with counts and a link, never the content', async () => {
    const [bob, actor] = await Promise.all([member(), member()]);
    await Promise.all([
      ...Array.from({ length: 10 }, () => notify(bob.id, 'MENTION', actor.id)),
      ...Array.from({ length: 3 }, () => notify(bob.id, 'THREAD_REPLY', actor.id)),
      // Shown in the portal only: never e-mailed.
      notify(bob.id, 'POST_HIDDEN', actor.id),
    ]);

    const mail = await waitForMail(t, bob.email, /New activity for you on the CoP Portal/);
    expect(mail.text).toContain(`Hello ${bob.fullName},`);
    expect(mail.text).toContain('You were mentioned 10 times.');
    expect(mail.text).toContain('3 new replies in discussions you follow.');
    expect(mail.links).toEqual([`${PUBLIC_URL}/notifications`]);
    for (const secret of [SECRET_TITLE, SECRET_EXCERPT, 'Group B', actor.fullName, '/discussions/']) {
      expect(mail.text).not.toContain(secret);
      expect(mail.subject).not.toContain(secret);
    }

    await emailJobsDone(bob.id);
    expect(await emailJobCount(bob.id)).toBe(1);
    expect(await mailsTo(bob.email)).toBe(1);
    const [stamped] = await t.sql<{ emailed: number; waiting: number }[]>(
      `SELECT count(*) FILTER (WHERE emailed_at IS NOT NULL)::int AS emailed,
              count(*) FILTER (WHERE emailed_at IS NULL)::int AS waiting
         FROM notification WHERE user_id = $1`,
      [bob.id],
    );
    expect(stamped).toEqual({ emailed: 13, waiting: 1 });
  });

  it('sends nothing for notifications read in the portal before the e-mail was due', async () => {
    const bob = await member();
    await notify(bob.id);
    await notify(bob.id);
    expect((await bob.client.gql('mutation { markAllNotificationsRead }')).body.data).toEqual({
      markAllNotificationsRead: 2,
    });

    await emailJobsDone(bob.id);
    expect(await mailsTo(bob.email)).toBe(0);
  });

  it('counts only what the member may still see', async () => {
    const bob = await member();
    await notify(bob.id);
    const gone = await notify(bob.id);
    hidden.set(gone, new Set([bob.id]));

    const mail = await waitForMail(t, bob.email);
    expect(mail.text).toContain('You were mentioned once.');
  });

  it('writes in the member’s language', async () => {
    const bob = await member();
    await t.sql(`UPDATE app_user SET locale = 'fr' WHERE id = $1`, [bob.id]);
    await notify(bob.id);
    await notify(bob.id);
    await notify(bob.id, 'NEW_THREAD');

    const mail = await waitForMail(t, bob.email);
    expect(mail.subject).toBe('Du nouveau pour vous sur le Portail CoP');
    expect(mail.text).toContain(`Bonjour ${bob.fullName},`);
    expect(mail.text).toContain('Vous avez été mentionné·e 2 fois.');
    expect(mail.text).toContain('1 nouvelle discussion là où vous suivez.');
  });

  it('e-mails nobody who turned e-mail off, or who is suspended', async () => {
    const [off, suspended] = await Promise.all([member(), member()]);
    const res = await off.client.gql(SET_MODE, { mode: 'OFF' });
    expect(res.body.data.updateNotificationPreferences).toEqual({ emailMode: 'OFF' });
    await t.sql(`UPDATE app_user SET status = $1 WHERE id = $2`, [AccountStatus.SUSPENDED, suspended.id]);

    await notify(off.id);
    await notify(suspended.id);

    await emailJobsDone(suspended.id);
    expect(await emailJobCount(off.id)).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await mailsTo(off.email)).toBe(0);
    expect(await mailsTo(suspended.email)).toBe(0);
  });

  it('DAILY: no e-mail at once, then one digest a day with what is still unread', async () => {
    const [bob, reader] = await Promise.all([member(), member()]);
    for (const m of [bob, reader]) await m.client.gql(SET_MODE, { mode: 'DAILY' });
    await notify(bob.id);
    await notify(bob.id);
    await notify(bob.id, 'THREAD_REPLY');
    await notify(bob.id, 'NEW_THREAD');
    await notify(reader.id);
    await reader.client.gql('mutation { markAllNotificationsRead }');
    expect(await emailJobCount(bob.id)).toBe(0);

    const digests = t.app.get(NotificationEmails);
    expect(await digests.sendDigests()).toBeGreaterThanOrEqual(1);
    const mail = await waitForMail(t, bob.email, /daily/);
    expect(mail.subject).toBe('Your daily CoP Portal summary');
    expect(mail.text).toContain('You were mentioned 2 times.');
    expect(mail.text).toContain('1 new reply in discussions you follow.');
    expect(mail.text).toContain('1 new discussion where you follow.');
    expect(mail.text).not.toContain(SECRET_TITLE);
    expect(mail.links).toEqual([`${PUBLIC_URL}/notifications`]);

    // Sent once: the next digest has nothing new for them.
    await digests.sendDigests();
    expect(await mailsTo(bob.email)).toBe(1);
    expect(await mailsTo(reader.email)).toBe(0);
  });

  it('schedules the digest every day at 06:00 UTC with pg-boss', async () => {
    const rows = await t.sql<{ cron: string; timezone: string }[]>(
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = 'notifications.digest'`,
    );
    expect(rows).toEqual([{ cron: '0 6 * * *', timezone: 'UTC' }]);
  });

  it('keeps each member’s e-mail preference, IMMEDIATE by default', async () => {
    const bob = await member();
    const read = async () => (await bob.client.gql('{ notificationPreferences { emailMode } }')).body.data;
    expect(await read()).toEqual({ notificationPreferences: { emailMode: 'IMMEDIATE' } });
    await bob.client.gql(SET_MODE, { mode: 'DAILY' });
    expect(await read()).toEqual({ notificationPreferences: { emailMode: 'DAILY' } });
    const bad = await bob.client.gql(
      'mutation { updateNotificationPreferences(input: { emailMode: HOURLY }) { emailMode } }',
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await read()).toEqual({ notificationPreferences: { emailMode: 'DAILY' } });
  });
});
