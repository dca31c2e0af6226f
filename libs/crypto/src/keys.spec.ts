import { describe, expect, it } from '@jest/globals';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { fromBase64Url } from './bytes.js';
import { deserializeDeviceKeys, generateDeviceKeys, publicDeviceKeys, serializeDeviceKeys } from './keys.js';

describe('device keys', () => {
  it('generates an X25519 and an Ed25519 pair whose halves belong together', () => {
    const keys = generateDeviceKeys();
    expect(keys.encryption.secretKey).toHaveLength(32);
    expect(x25519.getPublicKey(keys.encryption.secretKey)).toEqual(keys.encryption.publicKey);
    expect(ed25519.getPublicKey(keys.signing.secretKey)).toEqual(keys.signing.publicKey);
    expect(generateDeviceKeys().encryption.secretKey).not.toEqual(keys.encryption.secretKey);
  });

  it('serialises to JSON-safe base64url and back', () => {
    const keys = generateDeviceKeys();
    const json = JSON.parse(JSON.stringify(serializeDeviceKeys(keys))) as unknown;
    expect(deserializeDeviceKeys(json)).toEqual(keys);
    const published = publicDeviceKeys(keys);
    expect(fromBase64Url(published.encryptionKey)).toEqual(keys.encryption.publicKey);
    expect(fromBase64Url(published.signingKey)).toEqual(keys.signing.publicKey);
  });

  it('refuses a store whose public key does not match its secret key, or a damaged one', () => {
    const a = serializeDeviceKeys(generateDeviceKeys());
    const b = serializeDeviceKeys(generateDeviceKeys());
    expect(
      deserializeDeviceKeys({ ...a, signing: { ...a.signing, publicKey: b.signing.publicKey } }),
    ).toBeNull();
    expect(
      deserializeDeviceKeys({ ...a, encryption: { ...a.encryption, publicKey: b.encryption.publicKey } }),
    ).toBeNull();
    expect(deserializeDeviceKeys({ ...a, encryption: { ...a.encryption, secretKey: 'AAAA' } })).toBeNull();
    expect(deserializeDeviceKeys({ ...a, v: 2 })).toBeNull();
    expect(deserializeDeviceKeys({ ...a, signing: null })).toBeNull();
    expect(deserializeDeviceKeys(null)).toBeNull();
    expect(deserializeDeviceKeys('keys')).toBeNull();
  });
});
