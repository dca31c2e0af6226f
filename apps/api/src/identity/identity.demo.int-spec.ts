import { AccountStatus } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runDemoLoaders } from '../database/demo/demo-loader.js';
import { DEMO_LOADERS } from '../database/demo/demo-loaders.js';
import { SIGN_IN, totpNow, VERIFY_TOTP } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

describe('demo community', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('loads once: staff with TOTP, members in 15+ countries of every practitioner type, applications to vet', async () => {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const first = await runDemoLoaders(t.app, ds, DEMO_LOADERS);
    expect(first.loaded).toEqual(DEMO_LOADERS.map((l) => l.name));
    expect(first.loaded[0]).toBe('identity:community-v1');
    const second = await runDemoLoaders(t.app, ds, DEMO_LOADERS);
    expect(second.logins).toEqual([]);

    const [stats] = await t.sql<{ countries: number; types: number; active: number }[]>(
      `SELECT count(DISTINCT country)::int AS countries, count(DISTINCT practitioner_type)::int AS types, count(*) FILTER (WHERE status = 'ACTIVE')::int AS active FROM app_user`,
    );
    expect(stats!.countries).toBeGreaterThanOrEqual(15);
    expect(stats!.types).toBe(7);
    expect(stats!.active).toBeGreaterThanOrEqual(30);
    const pending = await t.sql<unknown[]>(`SELECT 1 FROM app_user WHERE status = $1`, [
      AccountStatus.PENDING,
    ]);
    expect(pending.length).toBeGreaterThanOrEqual(2);

    // The printed logins work: a moderator signs in with password and TOTP and sees the queue.
    const moderator = first.logins.find((l) => l.role === 'MODERATOR')!;
    const secret = moderator.note!.replace('TOTP secret ', '');
    const client = t.agent();
    expect(
      (await client.gql(SIGN_IN, { input: { email: moderator.email, password: moderator.password } })).body
        .data.signIn.state,
    ).toBe('MFA_REQUIRED');
    expect((await client.gql(VERIFY_TOTP, { code: await totpNow(secret) })).body.data.verifyTotp.state).toBe(
      'ACTIVE',
    );
    expect(
      (await client.gql('{ vettingQueue { fullName voucherIsActiveMember } }')).body.data.vettingQueue,
    ).toContainEqual({ fullName: 'Oumar Sangaré', voucherIsActiveMember: true });

    const member = first.logins.find((l) => l.role === 'MEMBER')!;
    const m = t.agent();
    expect(
      (await m.gql(SIGN_IN, { input: { email: member.email, password: member.password } })).body.data.signIn
        .state,
    ).toBe('ACTIVE');
    expect(
      (await m.gql('{ directory(first: 100) { total } }')).body.data.directory.total,
    ).toBeGreaterThanOrEqual(30);
  });
});
