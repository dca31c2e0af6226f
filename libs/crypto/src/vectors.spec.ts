/**
 * Known-answer tests from the specifications, run against the exact primitives the scheme imports:
 * if an upgrade of @noble/* (or a wrong import) changed any of them, these fail.
 */
import { describe, expect, it } from '@jest/globals';
import { chacha20poly1305, xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { argon2id } from '@noble/hashes/argon2.js';
import { extract, hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { RFC7748_DH, RFC8032_ED25519 } from './rfc-vectors.factory.js';

const hex = (s: string) => hexToBytes(s.replace(/\s+/g, ''));
const range = (from: number, to: number) => Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('RFC 7748 X25519', () => {
  it('§5.2 test vectors', () => {
    const vectors = [
      [
        'a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4',
        'e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c',
        'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
      ],
      [
        '4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d',
        'e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493',
        '95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957',
      ],
    ];
    for (const [scalar, u, out] of vectors) {
      expect(bytesToHex(x25519.scalarMult(hex(scalar), hex(u)))).toBe(out);
    }
  });

  it('§5.2 iterated: after 1 and 1,000 iterations', () => {
    let k = hex('0900000000000000000000000000000000000000000000000000000000000000');
    let u = k;
    const step = () => {
      const r = x25519.scalarMult(k, u);
      u = k;
      k = r;
    };
    step();
    expect(bytesToHex(k)).toBe('422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079');
    for (let i = 1; i < 1000; i++) step();
    expect(bytesToHex(k)).toBe('684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51');
  });

  it('§6.1 Diffie-Hellman', () => {
    const alice = hex(RFC7748_DH.aliceSecret);
    const bob = hex(RFC7748_DH.bobSecret);
    const alicePub = x25519.getPublicKey(alice);
    const bobPub = x25519.getPublicKey(bob);
    expect(bytesToHex(alicePub)).toBe(RFC7748_DH.alicePublic);
    expect(bytesToHex(bobPub)).toBe(RFC7748_DH.bobPublic);
    const k = RFC7748_DH.shared;
    expect(bytesToHex(x25519.getSharedSecret(alice, bobPub))).toBe(k);
    expect(bytesToHex(x25519.getSharedSecret(bob, alicePub))).toBe(k);
  });

  it('refuses a low-order public key instead of returning an all-zero secret', () => {
    const zero = new Uint8Array(32);
    expect(() => x25519.getSharedSecret(x25519.utils.randomSecretKey(), zero)).toThrow();
  });
});

describe('RFC 8032 §7.1 Ed25519', () => {
  const tests = RFC8032_ED25519;
  it.each(tests)('$name: public key, signature, verification', (t) => {
    const sk = hex(t.secret);
    const msg = hex(t.message);
    expect(bytesToHex(ed25519.getPublicKey(sk))).toBe(t.public);
    expect(bytesToHex(ed25519.sign(msg, sk))).toBe(t.signature);
    expect(ed25519.verify(hex(t.signature), msg, hex(t.public), { zip215: false })).toBe(true);
    const altered = hex(t.signature);
    altered[0] ^= 1;
    expect(ed25519.verify(altered, msg, hex(t.public), { zip215: false })).toBe(false);
  });
});

describe('RFC 5869 Appendix A HKDF-SHA-256', () => {
  const cases = [
    {
      name: 'A.1 basic',
      ikm: hex('0b'.repeat(22)),
      salt: hex('000102030405060708090a0b0c'),
      info: hex('f0f1f2f3f4f5f6f7f8f9'),
      length: 42,
      prk: '077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5',
      okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    },
    {
      name: 'A.2 longer inputs and outputs',
      ikm: range(0x00, 0x4f),
      salt: range(0x60, 0xaf),
      info: range(0xb0, 0xff),
      length: 82,
      prk: '06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244',
      okm: 'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87',
    },
    {
      name: 'A.3 zero-length salt and info',
      ikm: hex('0b'.repeat(22)),
      salt: new Uint8Array(0),
      info: new Uint8Array(0),
      length: 42,
      prk: '19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04',
      okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(bytesToHex(extract(sha256, c.ikm, c.salt))).toBe(c.prk);
    expect(bytesToHex(hkdf(sha256, c.ikm, c.salt, c.info, c.length))).toBe(c.okm);
  });
});

const SUNSCREEN = new TextEncoder().encode(
  "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
);
const AEAD_KEY = range(0x80, 0x9f);
const AEAD_AAD = hex('50515253c0c1c2c3c4c5c6c7');

describe('RFC 8439 §2.8.2 ChaCha20-Poly1305', () => {
  it('seals and opens the example', () => {
    const nonce = hex('07000000 4041424344454647');
    const ciphertext = hex(`
      d31a8d34648e60db7b86afbc53ef7ec2 a4aded51296e08fea9e2b5a736ee62d6
      3dbea45e8ca9671282fafb69da92728b 1a71de0a9e060b2905d6a5b67ecd3b36
      92ddbd7f2d778b8c9803aee328091b58 fab324e4fad675945585808b4831d7bc
      3ff4def08e4b7a9de576d26586cec64b 6116`);
    const tag = '1ae10b594f09e26a7e902ecbd0600691';
    const sealed = chacha20poly1305(AEAD_KEY, nonce, AEAD_AAD).encrypt(SUNSCREEN);
    expect(bytesToHex(sealed)).toBe(bytesToHex(ciphertext) + tag);
    expect(chacha20poly1305(AEAD_KEY, nonce, AEAD_AAD).decrypt(sealed)).toEqual(SUNSCREEN);
  });
});

describe('draft-irtf-cfrg-xchacha-03 §A.3.1 XChaCha20-Poly1305', () => {
  const nonce = range(0x40, 0x57);
  const expected =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb' +
    '731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452' +
    '2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
    '21f9664c97637da9768812f615c68b13b52e' +
    'c0875924c1c7987947deafd8780acf49';

  it('seals and opens the example', () => {
    const sealed = xchacha20poly1305(AEAD_KEY, nonce, AEAD_AAD).encrypt(SUNSCREEN);
    expect(bytesToHex(sealed)).toBe(expected);
    expect(xchacha20poly1305(AEAD_KEY, nonce, AEAD_AAD).decrypt(sealed)).toEqual(SUNSCREEN);
  });

  it('refuses a flipped bit, other associated data, another nonce', () => {
    const sealed = hex(expected);
    const flipped = Uint8Array.from(sealed);
    flipped[10] ^= 1;
    expect(() => xchacha20poly1305(AEAD_KEY, nonce, AEAD_AAD).decrypt(flipped)).toThrow();
    expect(() => xchacha20poly1305(AEAD_KEY, nonce, hex('00')).decrypt(sealed)).toThrow();
    const otherNonce = Uint8Array.from(nonce);
    otherNonce[23] ^= 1;
    expect(() => xchacha20poly1305(AEAD_KEY, otherNonce, AEAD_AAD).decrypt(sealed)).toThrow();
  });
});

describe('RFC 9106 §5.3 Argon2id', () => {
  it('matches the test vector (m = 32 KiB, t = 3, p = 4, with secret and associated data)', () => {
    const tag = argon2id(new Uint8Array(32).fill(0x01), new Uint8Array(16).fill(0x02), {
      m: 32,
      t: 3,
      p: 4,
      dkLen: 32,
      key: new Uint8Array(8).fill(0x03),
      personalization: new Uint8Array(12).fill(0x04),
    });
    expect(bytesToHex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });
});
