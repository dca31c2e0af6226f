import { describe, expect, it } from '@jest/globals';
import { makeDevice, makeUser, type TestUser } from './devices.factory.js';
import { E2eInputError } from './errors.js';
import { safetyNumber, type SafetyParty } from './safety.js';

const party = (u: TestUser): SafetyParty => ({
  userId: u.userId,
  signingKeys: u.devices.map((d) => d.published.signingKey),
});

describe('safety numbers', () => {
  const alice = makeUser('alice', 2);
  const bob = makeUser('bob', 1);

  it('is 60 digits in 12 groups of 5', () => {
    expect(safetyNumber(party(alice), party(bob))).toMatch(/^\d{5}( \d{5}){11}$/);
  });

  it('is the same for both users, whatever order their devices are listed in', () => {
    const n = safetyNumber(party(alice), party(bob));
    expect(safetyNumber(party(bob), party(alice))).toBe(n);
    const reversed = { userId: 'alice', signingKeys: [...party(alice).signingKeys].reverse() };
    expect(safetyNumber(party(bob), reversed)).toBe(n);
  });

  it('changes when a device is added, removed or replaced, and per pair of users', () => {
    const n = safetyNumber(party(alice), party(bob));
    const added = {
      ...party(bob),
      signingKeys: [...party(bob).signingKeys, makeDevice('bob').published.signingKey],
    };
    expect(safetyNumber(party(alice), added)).not.toBe(n);
    const removed = { ...party(alice), signingKeys: party(alice).signingKeys.slice(1) };
    expect(safetyNumber(removed, party(bob))).not.toBe(n);
    const replaced = { ...party(bob), signingKeys: [makeDevice('bob').published.signingKey] };
    expect(safetyNumber(party(alice), replaced)).not.toBe(n);
    // Only the half of the user whose devices changed moves.
    const [aliceHalf] = [n.replace(/ /g, '').slice(0, 30)];
    expect(safetyNumber(party(alice), added).replace(/ /g, '').slice(0, 30)).toBe(aliceHalf);
    expect(safetyNumber(party(alice), party(makeUser('carol')))).not.toBe(n);
  });

  it('binds the user id: the same keys under another user id give another number', () => {
    const n = safetyNumber(party(alice), party(bob));
    expect(safetyNumber({ ...party(alice), userId: 'alicia' }, party(bob))).not.toBe(n);
  });

  it('refuses a user without devices or with a malformed key', () => {
    expect(() => safetyNumber({ userId: 'alice', signingKeys: [] }, party(bob))).toThrow(E2eInputError);
    expect(() => safetyNumber({ userId: 'alice', signingKeys: ['AAAA'] }, party(bob))).toThrow(E2eInputError);
  });
});
