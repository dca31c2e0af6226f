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
    const alice = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
    const bob = hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
    const alicePub = x25519.getPublicKey(alice);
    const bobPub = x25519.getPublicKey(bob);
    expect(bytesToHex(alicePub)).toBe('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
    expect(bytesToHex(bobPub)).toBe('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
    const k = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
    expect(bytesToHex(x25519.getSharedSecret(alice, bobPub))).toBe(k);
    expect(bytesToHex(x25519.getSharedSecret(bob, alicePub))).toBe(k);
  });

  it('refuses a low-order public key instead of returning an all-zero secret', () => {
    const zero = new Uint8Array(32);
    expect(() => x25519.getSharedSecret(x25519.utils.randomSecretKey(), zero)).toThrow();
  });
});

describe('RFC 8032 §7.1 Ed25519', () => {
  const tests = [
    {
      name: 'TEST 1',
      secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      message: '',
      signature:
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    },
    {
      name: 'TEST 2',
      secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
      public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      message: '72',
      signature:
        '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    },
    {
      name: 'TEST 3',
      secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
      public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
      message: 'af82',
      signature:
        '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
    },
  ];
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
