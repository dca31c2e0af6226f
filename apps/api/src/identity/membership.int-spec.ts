import { AccountStatus, Role } from '@cop/contracts';
import {
  createMember,
  signIn,
  SIGN_IN,
  tokenFrom,
  waitForMail,
} from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const APPLY = `mutation Apply($input: ApplyInput!) { apply(input: $input) }`;
const CONFIRM = `mutation Confirm($token: String!) { confirmEmail(token: $token) }`;
const QUEUE = `query Q($s: [AccountStatus!]) { vettingQueue(statuses: $s) { id fullName email status voucherEmail voucherIsActiveMember voucher { id fullName } emailConfirmedAt } }`;
const DECIDE = `mutation D($input: DecideApplicationInput!) { decideApplication(input: $input) { id status decision decisionReason } }`;
const SET_PASSWORD = `mutation S($input: SetPasswordInput!) { setPassword(input: $input) }`;
const LINK = `query L($token: String!) { passwordLink(token: $token) { valid kind } }`;
const INVITE = `mutation I($input: InviteInput!) { invite(input: $input) { id email role acceptedAt revokedAt } }`;
const REVOKE = `mutation R($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`;

function application(email: string, extra: Record<string, unknown> = {}) {
  return {
    fullName: 'Aïcha Ouédraogo',
    email,
    country: 'BF',
    institution: 'Tribunal de grande instance de Ouagadougou',
    practitionerType: 'PROSECUTOR',
    position: 'Procureure adjointe',
    languages: ['fr', 'en'],
    expertise: ['trafficking-routes', 'mutual-legal-assistance'],
    motivation:
      'I prosecute cases of small arms trafficking across the Sahel and want to exchange with peers.',
    locale: 'fr',
    ...extra,
  };
}

describe('membership: application, vetting, invitations, set-password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('takes an application through e-mail confirmation, vetting and set-password to a first sign-in', async () => {
    const voucher = await createMember(t);
    const moderator = await createMember(t, { role: Role.MODERATOR });
    const email = 'aicha.ouedraogo@justice.example';
    const applied = await t.gql(APPLY, { input: application(email, { voucherEmail: voucher.email }) });
    expect(applied.body).toEqual({ data: { apply: true } });

    const confirmMail = await waitForMail(t, email, /Confirmez/);
    expect(confirmMail.text).toContain('Bonjour Aïcha Ouédraogo');
    const confirmToken = tokenFrom(confirmMail.links.find((l) => l.includes('/confirm-email'))!);

    const mod = await signIn(t, moderator);
    const beforeConfirm = await mod.gql(QUEUE, { s: ['EMAIL_UNCONFIRMED'] });
    expect(beforeConfirm.body.data.vettingQueue.map((a: { email: string }) => a.email)).toContain(email);

    expect((await t.gql(CONFIRM, { token: confirmToken })).body.data.confirmEmail).toBe(true);
    const reused = await t.gql(CONFIRM, { token: confirmToken });
    expect(reused.body.errors[0].extensions.fields[0].code).toBe('linkInvalid');

    const queue = await mod.gql(QUEUE, {});
    const entry = queue.body.data.vettingQueue.find((a: { email: string }) => a.email === email);
    expect(entry).toMatchObject({
      status: 'PENDING',
      voucherIsActiveMember: true,
      voucher: { id: voucher.id },
    });
    expect(entry.emailConfirmedAt).not.toBeNull();

    const approved = await mod.gql(DECIDE, { input: { applicationId: entry.id, decision: 'APPROVE' } });
    expect(approved.body.data.decideApplication).toMatchObject({ status: 'APPROVED', decision: 'APPROVED' });
    const again = await mod.gql(DECIDE, {
      input: { applicationId: entry.id, decision: 'REJECT', reason: 'late' },
    });
    expect(again.body.errors[0].extensions.code).toBe('CONFLICT');

    const approvalMail = await waitForMail(t, email, /approuvée/);
    const token = tokenFrom(approvalMail.links[0]!);
    expect((await t.gql(LINK, { token })).body.data.passwordLink).toEqual({
      valid: true,
      kind: 'SET_PASSWORD',
    });

    // A weak password is refused with a field error, and the link still works afterwards.
    const weak = await t.gql(SET_PASSWORD, { input: { token, password: '1qaz2wsx3edc' } });
    expect(weak.body.errors[0].extensions.fields[0]).toMatchObject({
      field: 'password',
      code: 'passwordTooCommon',
    });
    const short = await t.gql(SET_PASSWORD, { input: { token, password: 'short' } });
    expect(short.body.errors[0].extensions.fields[0]).toMatchObject({
      code: 'passwordTooShort',
      params: { min: 12 },
    });

    expect(
      (await t.gql(SET_PASSWORD, { input: { token, password: 'Sahel corridors 2026 lantern' } })).body.data
        .setPassword,
    ).toBe(true);
    const reusedLink = await t.gql(SET_PASSWORD, {
      input: { token, password: 'Another good passphrase here' },
    });
    expect(reusedLink.body.errors[0].extensions.fields[0].code).toBe('linkInvalid');
    expect((await t.gql(LINK, { token })).body.data.passwordLink).toEqual({ valid: false, kind: null });

    const signedIn = await t.agent().gql(SIGN_IN, {
      input: { email: 'AICHA.Ouedraogo@justice.example', password: 'Sahel corridors 2026 lantern' },
    });
    expect(signedIn.body.data.signIn).toMatchObject({
      state: 'ACTIVE',
      viewer: { role: 'MEMBER', status: 'ACTIVE' },
    });
  });

  it('answers an application for a known e-mail exactly like a new one, and sends nothing', async () => {
    const member = await createMember(t);
    const res = await t.gql(APPLY, { input: application(member.email) });
    expect(res.body).toEqual({ data: { apply: true } });
    await expect(waitForMail(t, member.email, /./, 1500)).rejects.toThrow(/no mail/);
  });

  it('explains every invalid field of an application and keeps nothing', async () => {
    const res = await t.gql(APPLY, {
      input: application('not-an-email', {
        country: 'XX',
        languages: [],
        motivation: 'short',
        fullName: 'A',
      }),
    });
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const fields = res.body.errors[0].extensions.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['country', 'email', 'fullName', 'languages', 'motivation']);
  });

  it('requires a reason to reject, and tells the applicant', async () => {
    const moderator = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
    const email = 'rejected.applicant@example.org';
    await t.gql(APPLY, { input: application(email, { locale: 'en' }) });
    await t.gql(CONFIRM, { token: tokenFrom((await waitForMail(t, email)).links[0]!) });
    const id = (await moderator.gql(QUEUE, {})).body.data.vettingQueue.find(
      (a: { email: string }) => a.email === email,
    ).id;

    const noReason = await moderator.gql(DECIDE, { input: { applicationId: id, decision: 'REJECT' } });
    expect(noReason.body.errors[0].extensions.fields[0]).toMatchObject({
      field: 'reason',
      code: 'reasonRequired',
    });
    const rejected = await moderator.gql(DECIDE, {
      input: { applicationId: id, decision: 'REJECT', reason: 'We could not verify your institution.' },
    });
    expect(rejected.body.data.decideApplication).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'We could not verify your institution.',
    });
    expect((await waitForMail(t, email, /application/)).text).toContain(
      'We could not verify your institution.',
    );
  });

  it('refuses vetting to members and answers a missing application like a missing one', async () => {
    const member = await signIn(t, await createMember(t));
    const res = await member.gql(QUEUE, {});
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const moderator = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
    const missing = await moderator.gql(DECIDE, {
      input: { applicationId: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' },
    });
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('invites with a role: the invitee sets a password and signs in with that role; links expire and can be revoked', async () => {
    const moderator = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
    const asAdmin = await moderator.gql(INVITE, {
      input: { email: 'new.admin@example.org', fullName: 'New Admin', role: 'ADMIN', locale: 'en' },
    });
    expect(asAdmin.body.errors[0].extensions.fields[0].code).toBe('roleNotAllowed');

    const invited = await moderator.gql(INVITE, {
      input: {
        email: 'ines.moreno@fiscalia.example',
        fullName: 'Inés Moreno',
        role: 'MODERATOR',
        locale: 'es',
      },
    });
    expect(invited.body.data.invite).toMatchObject({ role: 'MODERATOR', acceptedAt: null });
    const mail = await waitForMail(t, 'ines.moreno@fiscalia.example', /invitan/);
    const token = tokenFrom(mail.links[0]!);
    expect((await t.gql(LINK, { token })).body.data.passwordLink.kind).toBe('INVITATION');
    expect(
      (await t.gql(SET_PASSWORD, { input: { token, password: 'Fiscalía rutas de armas 77' } })).body.data
        .setPassword,
    ).toBe(true);
    const res = await t.agent().gql(SIGN_IN, {
      input: { email: 'ines.moreno@fiscalia.example', password: 'Fiscalía rutas de armas 77' },
    });
    // A moderator without a second factor must set one up before anything else.
    expect(res.body.data.signIn.state).toBe('MFA_ENROLLMENT_REQUIRED');

    const second = await moderator.gql(INVITE, {
      input: { email: 'to.revoke@example.org', fullName: 'To Revoke', role: 'MEMBER', locale: 'en' },
    });
    const revokeToken = tokenFrom((await waitForMail(t, 'to.revoke@example.org')).links[0]!);
    await moderator.gql(REVOKE, { id: second.body.data.invite.id });
    const afterRevoke = await t.gql(SET_PASSWORD, {
      input: { token: revokeToken, password: 'A perfectly fine passphrase' },
    });
    expect(afterRevoke.body.errors[0].extensions.fields[0].code).toBe('linkInvalid');

    await moderator.gql(INVITE, {
      input: { email: 'expired.link@example.org', fullName: 'Expired Link', role: 'MEMBER', locale: 'en' },
    });
    const expiredToken = tokenFrom((await waitForMail(t, 'expired.link@example.org')).links[0]!);
    await t.sql(
      `UPDATE user_token SET expires_at = now() - interval '1 minute' WHERE purpose = 'INVITATION' AND used_at IS NULL`,
    );
    const expired = await t.gql(SET_PASSWORD, {
      input: { token: expiredToken, password: 'A perfectly fine passphrase' },
    });
    expect(expired.body.errors[0].extensions.fields[0].code).toBe('linkInvalid');
  });

  it('resets a forgotten password by a single-use link that ends every session', async () => {
    const member = await createMember(t);
    const session = await signIn(t, member);
    expect(
      (await t.gql(`mutation { requestPasswordReset(input: { email: "nobody@nowhere.example" }) }`)).body.data
        .requestPasswordReset,
    ).toBe(true);
    expect(
      (
        await t.gql(`mutation R($e: String!) { requestPasswordReset(input: { email: $e }) }`, {
          e: member.email,
        })
      ).body.data.requestPasswordReset,
    ).toBe(true);
    const token = tokenFrom((await waitForMail(t, member.email, /Reset/)).links[0]!);
    expect(
      (await t.gql(SET_PASSWORD, { input: { token, password: 'Brand new passphrase for me' } })).body.data
        .setPassword,
    ).toBe(true);
    const old = await session.gql('{ myProfile { id } }');
    expect(old.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const signedIn = await t
      .agent()
      .gql(SIGN_IN, { input: { email: member.email, password: 'Brand new passphrase for me' } });
    expect(signedIn.body.data.signIn.state).toBe('ACTIVE');
  });

  it('never lets an applicant that is not approved sign in', async () => {
    const pending = await createMember(t, { status: AccountStatus.PENDING });
    const res = await t.agent().gql(SIGN_IN, { input: { email: pending.email, password: pending.password } });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
