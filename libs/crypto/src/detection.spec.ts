/**
 * `auto` on a platform whose WebCrypto lacks X25519 (older Safari and Firefox): noble for X25519,
 * WebCrypto for Ed25519, and messages still seal and open. Its own file: detection is remembered
 * per module instance.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { cryptoBackend, subtle, webCryptoSupports } from './curves.js';
import { makeUser, recipientsOf } from './devices.factory.js';
import { decryptMessage, encryptMessage } from './envelope.js';

describe('detection of what WebCrypto supports', () => {
  const s = subtle();
  const real = s.generateKey.bind(s);
  const spy = jest
    .spyOn(s, 'generateKey')
    .mockImplementation((algorithm, extractable, usages) =>
      algorithm.name === 'X25519'
        ? Promise.reject(new Error('NotSupportedError'))
        : real(algorithm, extractable, usages),
    );
  afterAll(() => spy.mockRestore());

  it('falls back to noble for a curve WebCrypto does not do, once detected', async () => {
    expect(await cryptoBackend()).toEqual({ X25519: 'noble', Ed25519: 'webcrypto' });
    const probes = spy.mock.calls.length;
    expect(await webCryptoSupports('X25519')).toBe(false);
    expect(await cryptoBackend()).toEqual({ X25519: 'noble', Ed25519: 'webcrypto' });
    expect(spy.mock.calls.length).toBe(probes); // remembered, not probed again

    const alice = makeUser('alice');
    const bob = makeUser('bob');
    const context = { conversationId: 'c', clientId: 'm', senderUserId: 'alice' };
    const envelope = await encryptMessage({
      ...context,
      senderDevice: { deviceId: alice.devices[0]!.deviceId, secrets: alice.devices[0]!.secrets },
      recipients: recipientsOf(alice, bob),
      content: { text: 'fallback' },
    });
    expect(spy.mock.calls.length).toBe(probes); // the ephemeral key came from noble
    const result = await decryptMessage({
      envelope,
      ...context,
      senderSigningKey: alice.devices[0]!.published.signingKey,
      myDevice: { deviceId: bob.devices[0]!.deviceId, secrets: bob.devices[0]!.secrets },
    });
    expect(result.ok && result.content).toEqual({ text: 'fallback' });
  });
});
