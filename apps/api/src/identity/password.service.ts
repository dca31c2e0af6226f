import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@cop/contracts';
import { badInput } from '../common/validation/validation.pipe.js';

const COMMON = new Set(
  readFileSync(join(import.meta.dirname, 'data/common-passwords.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.trim().toLowerCase()),
);

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/** Verified against when the e-mail is unknown, so both cases take the same time. */
let dummyHash: Promise<string> | undefined;

@Injectable()
export class PasswordService {
  /**
   * The password rules: 12 to 256 characters, not one of the 10,000 most common passwords (also
   * when only its letters' case differs, or it is one repeated), nothing else (NIST 800-63B).
   * Throws BAD_USER_INPUT naming `field`.
   */
  assertAcceptable(password: string, field = 'password', context: string[] = []): void {
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) {
      throw badInput([
        {
          field,
          code: 'passwordTooShort',
          message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
          params: { min: PASSWORD_MIN_LENGTH },
        },
      ]);
    }
    if (length > PASSWORD_MAX_LENGTH) {
      throw badInput([
        {
          field,
          code: 'passwordTooLong',
          message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
          params: { max: PASSWORD_MAX_LENGTH },
        },
      ]);
    }
    const lower = password.toLowerCase();
    const repeated = /^(.+?)\1+$/.exec(lower)?.[1];
    const personal = context.map((c) => c.toLowerCase()).filter((c) => c.length >= 4);
    if (
      COMMON.has(lower) ||
      (repeated !== undefined && (COMMON.has(repeated) || repeated.length <= 4)) ||
      personal.some((c) => lower.includes(c))
    ) {
      throw badInput([
        {
          field,
          code: 'passwordTooCommon',
          message: 'This password is too common or too easy to guess: choose another.',
        },
      ]);
    }
  }

  hash(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      dummyHash ??= hash('not-a-real-password-at-all', ARGON2);
      await verify(await dummyHash, password).catch(() => false);
      return false;
    }
    return verify(passwordHash, password).catch(() => false);
  }
}
