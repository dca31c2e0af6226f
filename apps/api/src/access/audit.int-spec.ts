import { Role } from '@cop/contracts';
import { createMember, signIn, SIGN_IN } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { AuditService } from './audit.service.js';

describe('audit trail', () => {
  let t: TestApp;
  let audit: AuditService;
  beforeAll(async () => {
    t = await createTestApp();
    audit = t.app.get(AuditService);
  });
  afterAll(() => t.close());

  it('records security events with actor and IP, readable and filterable by admins', async () => {
    const member = await createMember(t);
    await t.agent().gql(SIGN_IN, { input: { email: member.email, password: 'a wrong password here' } });
    await signIn(t, member);
    const admin = await signIn(t, await createMember(t, { role: Role.ADMIN }));
    const res = await admin.gql(
      'query A($f: AuditFilter) { auditEvents(filter: $f) { total items { action actorId actorLabel ip details } } }',
      { f: { actorId: member.id } },
    );
    const actions = res.body.data.auditEvents.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['auth.login.succeeded', 'auth.login.failed']);
    expect(res.body.data.auditEvents.items[1]).toMatchObject({
      actorLabel: member.email,
      ip: expect.stringMatching(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/),
    });
    expect(JSON.parse(res.body.data.auditEvents.items[1].details)).toEqual({ reason: 'password' });
    expect(res.body.data.auditEvents.items[1].details).not.toContain('a wrong password');
    const failed = await admin.gql(
      '{ auditEvents(filter: { action: "auth.login.failed" }) { items { actorId } } }',
    );
    expect(
      failed.body.data.auditEvents.items.every(
        (e: { actorId: string | null }) => e.actorId === member.id || e.actorId === null,
      ),
    ).toBe(true);
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    await audit.record({ action: 'member.suspended', actorLabel: 'someone' });
    await expect(t.sql(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain, and names the first altered row and the row after a deleted one', async () => {
    for (let i = 0; i < 5; i++)
      await audit.record({
        action: 'focal_point.added',
        actorLabel: `admin${i}@example.org`,
        details: { n: i, nested: { b: 2, a: 1 } },
      });
    const intact = await audit.verifyChain(2);
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBeGreaterThanOrEqual(5);

    // An operator with database access disables the guard and edits history.
    const rows = await t.sql<{ id: string }[]>(
      `SELECT id FROM audit_event WHERE action = 'focal_point.added' ORDER BY id`,
    );
    await t.sql('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
    await t.sql(`UPDATE audit_event SET actor_label = 'nobody@example.org' WHERE id = $1`, [rows[2]!.id]);
    const altered = await audit.verifyChain();
    expect(altered).toMatchObject({ ok: false, firstBroken: { id: rows[2]!.id, problem: 'altered' } });

    await t.sql(`UPDATE audit_event SET actor_label = 'admin2@example.org' WHERE id = $1`, [rows[2]!.id]);
    expect((await audit.verifyChain()).ok).toBe(true);
    await t.sql(`DELETE FROM audit_event WHERE id = $1`, [rows[1]!.id]);
    const missing = await audit.verifyChain();
    expect(missing).toMatchObject({ ok: false, firstBroken: { id: rows[2]!.id, problem: 'missing-before' } });
    await t.sql('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');
  });

  it('keeps one chain when many events are recorded at once', async () => {
    const fresh = await createTestApp();
    try {
      const service = fresh.app.get(AuditService);
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          service.record({ action: 'auth.login.failed', actorLabel: `p${i}@example.org` }),
        ),
      );
      const report = await service.verifyChain();
      expect(report).toEqual({ ok: true, checked: 30 });
    } finally {
      await fresh.close();
    }
  });
});
