import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * End-to-end encryption holds only if the server cannot open messages: the api must never load the
 * browser's encryption library (@cop/crypto) nor the curve and cipher primitives it is built on.
 * The api checks an envelope's shape and hashes its public context (node:crypto), nothing more.
 * Tests (`*.spec.ts`, `*.int-spec.ts`, never part of the built api) may use the library to play
 * the browser's part, as e2e-leak.int-spec.ts does.
 */
const API_ROOT = join(import.meta.dirname, '..');
const FORBIDDEN = [
  /from '@cop\/crypto'/,
  /from '@noble\/curves/,
  /from '@noble\/ciphers/,
  /import\('@cop\/crypto'\)/,
];

const isTest = (file: string) => /\.(int-)?spec\.ts$/.test(file);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the api and end-to-end encryption', () => {
  it('never imports the encryption library or its primitives', () => {
    const files = sources(API_ROOT).filter((file) => !isTest(file));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((file) => FORBIDDEN.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => relative(API_ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('exempts tests only', () => {
    expect(isTest(join(API_ROOT, 'messaging/e2e-leak.int-spec.ts'))).toBe(true);
    expect(isTest(join(API_ROOT, 'messaging/messaging.service.ts'))).toBe(false);
    expect(isTest(join(API_ROOT, 'messaging/spec.ts'))).toBe(false);
  });

  it('would notice such an import', () => {
    expect(FORBIDDEN.some((pattern) => pattern.test(`import { encryptMessage } from '@cop/crypto';`))).toBe(
      true,
    );
  });
});
