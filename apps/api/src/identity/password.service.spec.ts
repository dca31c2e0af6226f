import { AppError } from '../common/errors/app-error.js';
import { PasswordService } from './password.service.js';

function problem(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return (e.extensions.fields as { code: string }[])[0]?.code;
    throw e;
  }
  return undefined;
}

describe('PasswordService', () => {
  const passwords = new PasswordService();

  it('accepts a long passphrase with no composition rules', () => {
    expect(problem(() => passwords.assertAcceptable('harbour lantern ministry quartz'))).toBeUndefined();
  });

  it('refuses short, common, repeated and personal passwords with a code the form can show', () => {
    expect(problem(() => passwords.assertAcceptable('short'))).toBe('passwordTooShort');
    expect(problem(() => passwords.assertAcceptable('1qaz2wsx3edc'))).toBe('passwordTooCommon');
    expect(problem(() => passwords.assertAcceptable('1QAZ2WSX3EDC'))).toBe('passwordTooCommon');
    expect(problem(() => passwords.assertAcceptable('abcabcabcabc'))).toBe('passwordTooCommon');
    expect(problem(() => passwords.assertAcceptable('aaaaaaaaaaaaaaa'))).toBe('passwordTooCommon');
    expect(problem(() => passwords.assertAcceptable('x'.repeat(300)))).toBe('passwordTooLong');
    expect(
      problem(() =>
        passwords.assertAcceptable('my name is amina.diallo', 'password', ['amina.diallo@justice.example']),
      ),
    ).toBeUndefined();
    expect(
      problem(() =>
        passwords.assertAcceptable('amina.diallo@justice.example!', 'password', [
          'amina.diallo@justice.example',
        ]),
      ),
    ).toBe('passwordTooCommon');
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await passwords.hash('harbour lantern ministry quartz');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await passwords.verify(h, 'harbour lantern ministry quartz')).toBe(true);
    expect(await passwords.verify(h, 'harbour lantern ministry quart')).toBe(false);
    expect(await passwords.verify(null, 'anything at all here')).toBe(false);
  });
});
