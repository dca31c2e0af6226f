import { describe, expect, it } from 'vitest';
import { messageDto } from '../test/factory';
import { catchUp, inOrder, mergeMessages, type CatchUpPage } from './merge';
import { fromDto, type ChatMessage } from './types';

function message(overrides: Parameters<typeof messageDto>[0] = {}): ChatMessage {
  return fromDto(messageDto(overrides));
}

describe('mergeMessages', () => {
  it('adds new messages and keeps one copy of each by id', () => {
    const a = message({ seq: 1, changeSeq: 1 });
    const b = message({ seq: 2, changeSeq: 2 });
    const merged = mergeMessages(new Map(), [b, a, b]);
    expect(inOrder(merged).map((m) => m.id)).toEqual([a.id, b.id]);
  });

  it('takes a newer change and never lets an older copy undo it', () => {
    const original = message({ seq: 5, changeSeq: 5, payload: 'first words' });
    const edited = {
      ...original,
      changeSeq: 9,
      payload: 'better words',
      editedAt: '2026-12-07T10:00:00.000Z',
    };
    const afterEdit = mergeMessages(new Map([[original.id, original]]), [edited]);
    expect(afterEdit.get(original.id)?.payload).toBe('better words');
    // A history page read before the edit arrives late.
    const late = mergeMessages(afterEdit, [original]);
    expect(late).toBe(afterEdit);
    expect(late.get(original.id)?.payload).toBe('better words');
  });

  it('answers the same map when nothing changed (no needless re-render)', () => {
    const a = message();
    const known = new Map([[a.id, a]]);
    expect(mergeMessages(known, [{ ...a }])).toBe(known);
  });
});

describe('catchUp', () => {
  it('asks again from the last change until there is no more, applying pages in order', async () => {
    const pages: CatchUpPage[] = [
      {
        messages: [message({ changeSeq: 11 }), message({ changeSeq: 12 })],
        hasMore: true,
        lastChangeSeq: 12,
      },
      { messages: [message({ changeSeq: 15 })], hasMore: false, lastChangeSeq: 15 },
    ];
    const asked: number[] = [];
    const applied: number[] = [];
    const cursor = await catchUp(
      10,
      async (after) => {
        asked.push(after);
        return pages.shift() ?? { messages: [], hasMore: false, lastChangeSeq: after };
      },
      (page) => applied.push(...page.messages.map((m) => m.changeSeq)),
    );
    expect(asked).toEqual([10, 12]);
    expect(applied).toEqual([11, 12, 15]);
    expect(cursor).toBe(15);
  });

  it('stops when the server says "more" without moving on', async () => {
    let calls = 0;
    const cursor = await catchUp(
      7,
      async () => {
        calls++;
        return { messages: [], hasMore: true, lastChangeSeq: 7 };
      },
      () => undefined,
    );
    expect(calls).toBe(1);
    expect(cursor).toBe(7);
  });

  it('rejects when a page fails, after applying the pages before it', async () => {
    const applied: number[] = [];
    let calls = 0;
    await expect(
      catchUp(
        1,
        async () => {
          if (calls++ > 0) throw new Error('NETWORK');
          return { messages: [message({ changeSeq: 2 })], hasMore: true, lastChangeSeq: 2 };
        },
        (page) => applied.push(...page.messages.map((m) => m.changeSeq)),
      ),
    ).rejects.toThrow('NETWORK');
    expect(applied).toEqual([2]);
  });
});
