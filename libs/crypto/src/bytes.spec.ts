import { describe, expect, it } from '@jest/globals';
import {
  compareBytes,
  encodeFields,
  equalBytes,
  fromBase64Url,
  fromUtf8,
  toBase64Url,
  utf8,
} from './bytes.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('base64url', () => {
  it('encodes the RFC 4648 §10 vectors in the url-safe alphabet without padding', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of cases) {
      expect(toBase64Url(utf8(plain))).toBe(encoded);
      expect(fromBase64Url(encoded)).toEqual(utf8(plain));
    }
  });

  it('uses - and _ where base64 has + and /', () => {
    expect(toBase64Url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_');
    expect(fromBase64Url('-_-_')).toEqual(bytes(0xfb, 0xff, 0xbf));
  });

  it('round-trips every length from 0 to 100 and every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let len = 0; len <= 100; len++) {
      const b = all.subarray(len, len * 2);
      expect(fromBase64Url(toBase64Url(b))).toEqual(b);
    }
    expect(fromBase64Url(toBase64Url(all))).toEqual(all);
  });

  it('matches Node’s encoder on random data', () => {
    for (let i = 0; i < 50; i++) {
      const b = crypto.getRandomValues(new Uint8Array(i * 7));
      expect(toBase64Url(b)).toBe(Buffer.from(b).toString('base64url'));
    }
  });

  it.each([
    ['padding', 'Zg=='],
    ['standard alphabet +', 'ab+c'],
    ['standard alphabet /', 'ab/c'],
    ['whitespace', 'Zm9v Yg'],
    ['newline', 'Zm9v\nYg'],
    ['impossible length (4n+1)', 'Zm9vY'],
    ['non-ASCII', 'Zm9é'],
    ['non-canonical trailing bits (Zh is f with a stray bit)', 'Zh'],
    ['non-canonical trailing bits in a 3-char group', 'Zm9'],
  ])('rejects %s', (_name, text) => {
    expect(fromBase64Url(text)).toBeNull();
  });

  it('rejects what is not a string, and a wrong decoded length when one is required', () => {
    expect(fromBase64Url(undefined)).toBeNull();
    expect(fromBase64Url(42)).toBeNull();
    expect(fromBase64Url({})).toBeNull();
    expect(fromBase64Url('Zm9v', 3)).toEqual(utf8('foo'));
    expect(fromBase64Url('Zm9v', 4)).toBeNull();
  });
});

describe('encodeFields', () => {
  it('prefixes every field with its 4-byte big-endian length', () => {
    expect(encodeFields(['ab', bytes(1)])).toEqual(bytes(0, 0, 0, 2, 0x61, 0x62, 0, 0, 0, 1, 1));
    expect(encodeFields([])).toEqual(new Uint8Array(0));
  });

  it('never encodes two different field lists the same way (unlike concatenation)', () => {
    expect(encodeFields(['ab', 'c'])).not.toEqual(encodeFields(['a', 'bc']));
    expect(encodeFields(['', 'x'])).not.toEqual(encodeFields(['x', '']));
    expect(encodeFields(['x'])).not.toEqual(encodeFields(['x', '']));
  });

  it('takes strings as UTF-8', () => {
    expect(encodeFields(['é'])).toEqual(bytes(0, 0, 0, 2, 0xc3, 0xa9));
  });
});

describe('helpers', () => {
  it('compareBytes orders lexicographically, a prefix first', () => {
    expect(compareBytes(bytes(1, 2), bytes(1, 3))).toBeLessThan(0);
    expect(compareBytes(bytes(2), bytes(1, 9))).toBeGreaterThan(0);
    expect(compareBytes(bytes(1), bytes(1, 0))).toBeLessThan(0);
    expect(compareBytes(bytes(1, 2), bytes(1, 2))).toBe(0);
  });

  it('equalBytes compares content and length', () => {
    expect(equalBytes(bytes(1, 2), bytes(1, 2))).toBe(true);
    expect(equalBytes(bytes(1, 2), bytes(1, 3))).toBe(false);
    expect(equalBytes(bytes(1), bytes(1, 0))).toBe(false);
  });

  it('fromUtf8 refuses invalid UTF-8 rather than substituting characters', () => {
    expect(fromUtf8(utf8('héllo'))).toBe('héllo');
    expect(fromUtf8(bytes(0xc3))).toBeNull();
    expect(fromUtf8(bytes(0xff, 0xfe))).toBeNull();
  });
});
