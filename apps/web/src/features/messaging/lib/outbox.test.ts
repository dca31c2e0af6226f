import { describe, expect, it } from 'vitest';
import { claimPersonalStorage } from '../../../app/personal-storage';
import { Outbox, OUTBOX_PREFIX, readCursor, writeCursor } from './outbox';

const ME = 'user-ana';
const conversationId = 'c1';

describe('the outbox', () => {
  it('keeps messages in the order they were written, each with its own client id made once', () => {
    const outbox = new Outbox(ME);
    const first = outbox.add({ conversationId, payload: 'first' });
    const second = outbox.add({ conversationId, payload: 'second' });
    expect(outbox.items.map((item) => item.payload)).toEqual(['first', 'second']);
    expect(first.clientId).not.toBe(second.clientId);
    expect(first.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outbox.next()?.clientId).toBe(first.clientId);
  });

  it('survives a reload with the same client ids; a send cut short waits again', () => {
    const outbox = new Outbox(ME);
    const first = outbox.add({ conversationId, payload: 'first' });
    const second = outbox.add({ conversationId, payload: 'second' });
    outbox.set(first.clientId, 'sending');

    const reloaded = new Outbox(ME);
    expect(reloaded.items.map((item) => [item.clientId, item.state])).toEqual([
      [first.clientId, 'queued'],
      [second.clientId, 'queued'],
    ]);
  });

  it('skips a failed message until it is retried, and forgets an acknowledged one', () => {
    const outbox = new Outbox(ME);
    const first = outbox.add({ conversationId, payload: 'first' });
    const second = outbox.add({ conversationId, payload: 'second' });
    outbox.set(first.clientId, 'failed', 'BAD_USER_INPUT');
    expect(outbox.next()?.clientId).toBe(second.clientId);
    outbox.remove(second.clientId);
    outbox.set(first.clientId, 'queued');
    expect(outbox.next()?.clientId).toBe(first.clientId);
    expect(outbox.next()?.error).toBeUndefined();
    outbox.remove(first.clientId);
    expect(localStorage.getItem(OUTBOX_PREFIX + ME)).toBeNull();
  });

  it('is one person’s: another signing in on this browser never finds it', () => {
    claimPersonalStorage(ME);
    new Outbox(ME).add({ conversationId, payload: 'names a witness' });
    writeCursor(ME, 42);
    claimPersonalStorage('user-bo');
    expect(new Outbox(ME).items).toEqual([]);
    expect(readCursor(ME)).toBeNull();
  });

  it('ignores a damaged stored outbox', () => {
    localStorage.setItem(OUTBOX_PREFIX + ME, '{not json');
    expect(new Outbox(ME).items).toEqual([]);
    localStorage.setItem(OUTBOX_PREFIX + ME, JSON.stringify([{ clientId: 1 }]));
    expect(new Outbox(ME).items).toEqual([]);
  });
});
