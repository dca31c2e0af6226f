import { randomBytes } from 'node:crypto';
import { getRepositoryToken } from '@nestjs/typeorm';
import { AccountStatus, PractitionerType, Role } from '@cop/contracts';
import { generateSecret, generate } from 'otplib';
import type { Repository } from 'typeorm';
import { SecretBox } from '../../src/common/crypto/secret-box.js';
import { UserEntity } from '../../src/identity/entities/user.entity.js';
import { PasswordService } from '../../src/identity/password.service.js';
import { OutboxService } from '../../src/notifications/outbox.service.js';
import { TEST_SECRET_KEY, type TestAgent, type TestApp } from '../test-app.js';

export interface TestMember {
  id: string;
  email: string;
  password: string;
  fullName: string;
  role: Role;
  totpSecret?: string;
}

export interface MemberOptions {
  role?: Role;
  status?: AccountStatus;
  totp?: boolean;
  country?: string;
  practitionerType?: PractitionerType;
  fullName?: string;
  languages?: string[];
  expertise?: string[];
}

let counter = 0;

/** A member written straight to the database (password hashed, TOTP secret sealed as in production). */
export async function createMember(t: TestApp, options: MemberOptions = {}): Promise<TestMember> {
  counter++;
  const password = `test passphrase ${randomBytes(6).toString('hex')}`;
  const email = `member${counter}.${randomBytes(3).toString('hex')}@justice.example`;
  const role = options.role ?? Role.MEMBER;
  const fullName = options.fullName ?? `Test Member ${counter}`;
  const totpSecret = options.totp || role !== Role.MEMBER ? generateSecret() : undefined;
  const users = t.app.get<Repository<UserEntity>>(getRepositoryToken(UserEntity));
  const user = await users.save(
    users.create({
      email,
      fullName,
      country: options.country ?? 'SN',
      institution: 'Ministry of Justice',
      practitionerType: options.practitionerType ?? PractitionerType.PROSECUTOR,
      position: 'Deputy prosecutor',
      languages: options.languages ?? ['fr', 'en'],
      expertise: options.expertise ?? ['trafficking-routes'],
      role,
      status: options.status ?? AccountStatus.ACTIVE,
      passwordHash: await t.app.get(PasswordService).hash(password),
      totpSecret: totpSecret
        ? new SecretBox(TEST_SECRET_KEY).seal(JSON.stringify({ active: totpSecret }))
        : null,
      totpEnabledAt: totpSecret ? new Date() : null,
    }),
  );
  return { id: user.id, email, password, fullName, role, totpSecret };
}

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { state viewer { id role status sessionState } } }`;
export const VERIFY_TOTP = `mutation Verify($code: String!) { verifyTotp(code: $code) { state } }`;

export async function totpNow(secret: string): Promise<string> {
  return generate({ secret });
}

/** Signs a member in through the real mutations (password, then TOTP when they have one). */
export async function signIn(t: TestApp, member: TestMember): Promise<TestAgent> {
  const client = t.agent();
  const res = await client.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
  if (res.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.body.errors)}`);
  if (res.body.data.signIn.state === 'MFA_REQUIRED') {
    const verified = await client.gql(VERIFY_TOTP, { code: await totpNow(member.totpSecret!) });
    if (verified.body.errors) throw new Error(`TOTP failed: ${JSON.stringify(verified.body.errors)}`);
  }
  return client;
}

/** Waits for the job queue to deliver a message to `to` into the local outbox; returns it. */
export async function waitForMail(
  t: TestApp,
  to: string,
  subject?: RegExp,
  timeoutMs = 10_000,
): Promise<{ subject: string; text: string; links: string[] }> {
  const outbox = t.app.get(OutboxService);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { items } = await outbox.list({ first: 100, offset: 0 });
    const found = items.find((m) => m.to.includes(to) && (!subject || subject.test(m.subject)));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function tokenFrom(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
