import { AccountStatus, Role } from '@cop/contracts';
import { generate } from 'otplib';
import {
  createMember,
  signIn,
  SIGN_IN,
  totpNow,
  VERIFY_TOTP,
  waitForMail,
} from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const PROFILE = '{ myProfile { id email } }';
const DIRECTORY = '{ directory { total items { id } } }';

describe('sign-in, second factor and lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
  });
  afterAll(() => t.close());

  it('sets an HttpOnly, SameSite=Lax session cookie and answers the viewer', async () => {
    const member = await createMember(t);
    const client = t.agent();
    const res = await client.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(res.body.data.signIn).toMatchObject({ state: 'ACTIVE', viewer: { id: member.id } });
    const cookie = res.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^cop_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.gql('{ viewer { id fullName sessionState } }')).body.data.viewer).toMatchObject({
      id: member.id,
      sessionState: 'ACTIVE',
    });
    expect((await t.gql('{ viewer { id } }')).body.data.viewer).toBeNull();
  });

  it('gives one generic answer for a wrong password and an unknown e-mail', async () => {
    const member = await createMember(t);
    const wrong = await t
      .agent()
      .gql(SIGN_IN, { input: { email: member.email, password: 'not the password at all' } });
    const unknown = await t
      .agent()
      .gql(SIGN_IN, { input: { email: 'nobody@nowhere.example', password: 'not the password at all' } });
    expect(wrong.body.errors[0].message).toBe(unknown.body.errors[0].message);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account after repeated failures, tells the owner, and refuses even the right password while locked', async () => {
    const member = await createMember(t);
    for (let i = 0; i < 3; i++)
      await t.agent().gql(SIGN_IN, { input: { email: member.email, password: `wrong password ${i}!!` } });
    const locked = await t
      .agent()
      .gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(locked.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const mail = await waitForMail(t, member.email, /locked/);
    expect(mail.text).toContain('15 minutes');
    const [row] = await t.sql<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE action = 'auth.lockout' AND actor_id = $1`,
      [member.id],
    );
    expect(row).toBeDefined();

    await t.sql(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = $1`, [member.id]);
    const after = await t.agent().gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(after.body.data.signIn.state).toBe('ACTIVE');
  });

  it('asks for the second factor and reaches nothing else before it', async () => {
    const member = await createMember(t, { totp: true });
    const client = t.agent();
    const first = await client.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(first.body.data.signIn.state).toBe('MFA_REQUIRED');
    const blocked = await client.gql(PROFILE);
    expect(blocked.body.errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      sessionState: 'MFA_REQUIRED',
    });

    const wrong = await client.gql(VERIFY_TOTP, { code: '000000' });
    expect(wrong.body.errors[0].extensions.fields[0].code).toBe('codeRejected');
    const code = await totpNow(member.totpSecret!);
    const ok = await client.gql(VERIFY_TOTP, { code });
    expect(ok.body.data.verifyTotp.state).toBe('ACTIVE');
    expect(ok.headers['set-cookie']![0]).toMatch(/^cop_session=/); // rotated
    expect((await client.gql(PROFILE)).body.data.myProfile.id).toBe(member.id);

    // The same code cannot be replayed in another sign-in.
    const other = t.agent();
    await other.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    const replay = await other.gql(VERIFY_TOTP, { code });
    expect(replay.body.errors[0].extensions.fields[0].code).toBe('codeRejected');
  });

  it('counts wrong codes towards the lockout', async () => {
    const member = await createMember(t, { totp: true });
    const client = t.agent();
    await client.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    await client.gql(VERIFY_TOTP, { code: '111111' });
    await client.gql(VERIFY_TOTP, { code: '222222' });
    const third = await client.gql(VERIFY_TOTP, { code: '333333' });
    expect(third.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const again = await t.agent().gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(again.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('enrols TOTP with a QR code, stores the secret encrypted, and issues single-use recovery codes', async () => {
    const member = await createMember(t);
    const client = await signIn(t, member);
    const started = await client.gql('mutation { startTotpEnrollment { secret otpauthUri qrCodeDataUrl } }');
    const { secret, otpauthUri, qrCodeDataUrl } = started.body.data.startTotpEnrollment;
    expect(otpauthUri).toContain('otpauth://totp/CoP%20Portal');
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const [stored] = await t.sql<{ totp_secret: string }[]>(
      'SELECT totp_secret FROM app_user WHERE id = $1',
      [member.id],
    );
    expect(stored!.totp_secret).not.toContain(secret);
    expect(stored!.totp_secret.startsWith('v1.')).toBe(true);

    const bad = await client.gql('mutation { confirmTotpEnrollment(code: "123456") { codes } }');
    expect(bad.body.errors[0].extensions.fields[0].code).toBe('codeRejected');
    const confirmed = await client.gql(
      'mutation C($c: String!) { confirmTotpEnrollment(code: $c) { codes } }',
      { c: await generate({ secret }) },
    );
    const codes: string[] = confirmed.body.data.confirmTotpEnrollment.codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    const next = t.agent();
    expect(
      (await next.gql(SIGN_IN, { input: { email: member.email, password: member.password } })).body.data
        .signIn.state,
    ).toBe('MFA_REQUIRED');
    const used = await next.gql('mutation R($c: String!) { useRecoveryCode(code: $c) { state } }', {
      c: codes[0],
    });
    expect(used.body.data.useRecoveryCode.state).toBe('ACTIVE');

    const third = t.agent();
    await third.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    const reused = await third.gql('mutation R($c: String!) { useRecoveryCode(code: $c) { state } }', {
      c: codes[0],
    });
    expect(reused.body.errors[0].extensions.fields[0].code).toBe('codeRejected');
    const other = await third.gql('mutation R($c: String!) { useRecoveryCode(code: $c) { state } }', {
      c: codes[1]!.toUpperCase(),
    });
    expect(other.body.data.useRecoveryCode.state).toBe('ACTIVE');
  });

  it('makes moderators set up a second factor before anything else', async () => {
    const moderator = await createMember(t, { role: Role.MODERATOR });
    await t.sql('UPDATE app_user SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1', [
      moderator.id,
    ]);
    const client = t.agent();
    const res = await client.gql(SIGN_IN, {
      input: { email: moderator.email, password: moderator.password },
    });
    expect(res.body.data.signIn.state).toBe('MFA_ENROLLMENT_REQUIRED');
    expect((await client.gql('{ vettingQueue { id } }')).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const { secret } = (await client.gql('mutation { startTotpEnrollment { secret } }')).body.data
      .startTotpEnrollment;
    await client.gql('mutation C($c: String!) { confirmTotpEnrollment(code: $c) { codes } }', {
      c: await generate({ secret }),
    });
    expect((await client.gql('{ vettingQueue { id } }')).body.data.vettingQueue).toEqual(expect.any(Array));
  });

  it('refuses sign-in to deactivated accounts and limits suspended ones to their own profile', async () => {
    const deactivated = await createMember(t, { status: AccountStatus.DEACTIVATED });
    const res = await t
      .agent()
      .gql(SIGN_IN, { input: { email: deactivated.email, password: deactivated.password } });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const suspended = await signIn(t, await createMember(t, { status: AccountStatus.SUSPENDED }));
    expect((await suspended.gql(PROFILE)).body.data.myProfile).toBeDefined();
    expect((await suspended.gql(DIRECTORY)).body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('per-IP rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '4' } });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED after too many public identity calls from one address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await t
        .agent()
        .gql(SIGN_IN, { input: { email: `probe${i}@example.org`, password: 'whatever password' } });
      codes.push(res.body.errors[0].extensions.code);
    }
    expect(codes.slice(0, 4)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(codes.slice(4)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const limited = await t.agent().gql(`mutation { requestPasswordReset(input: { email: "a@b.example" }) }`);
    expect(limited.body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });
});
