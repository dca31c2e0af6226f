import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/i18n';
import { receiptLabel, receiptOf, receiptTicks, type Watermark } from './receipts';

const marks = (entries: Record<string, [number, number]>) =>
  new Map<string, Watermark>(
    Object.entries(entries).map(([id, [deliveredSeq, readSeq]]) => [id, { deliveredSeq, readSeq }]),
  );

describe('receiptOf', () => {
  it('is sent, then delivered, then read in a direct conversation', () => {
    expect(receiptOf(10, 'me', marks({ me: [10, 10], bo: [9, 9] })).status).toBe('sent');
    expect(receiptOf(10, 'me', marks({ me: [10, 10], bo: [10, 9] })).status).toBe('delivered');
    expect(receiptOf(10, 'me', marks({ me: [10, 10], bo: [10, 12] }))).toEqual({
      status: 'read',
      readCount: 1,
      recipientCount: 1,
    });
  });

  it('counts the readers of a group, leaving the sender out', () => {
    const receipt = receiptOf(
      10,
      'me',
      marks({ me: [10, 10], a: [10, 10], b: [12, 11], c: [10, 3], d: [4, 4] }),
    );
    expect(receipt).toEqual({ status: 'sent', readCount: 2, recipientCount: 4 });
  });

  it('counts a read watermark as delivered too', () => {
    expect(receiptOf(10, 'me', marks({ bo: [0, 10] })).status).toBe('read');
  });
});

describe('receiptLabel', () => {
  const i18n = createI18n({ language: 'en' });
  const text = (...args: Parameters<typeof receiptLabel>) => {
    const { key, values } = receiptLabel(...args);
    return i18n.t(`messaging:${key}`, values);
  };

  it('says sent, delivered or read in a direct conversation', async () => {
    await i18n.loadNamespaces('messaging');
    expect(text({ status: 'sent', readCount: 0, recipientCount: 1 }, false, 'en')).toBe('Sent');
    expect(text({ status: 'delivered', readCount: 0, recipientCount: 1 }, false, 'en')).toBe('Delivered');
    expect(text({ status: 'read', readCount: 1, recipientCount: 1 }, false, 'en')).toBe('Read');
  });

  it('says "read by 3 of 5" in a group, numbers in the reader’s language', async () => {
    await i18n.loadNamespaces('messaging');
    expect(text({ status: 'delivered', readCount: 3, recipientCount: 5 }, true, 'en')).toBe('Read by 3 of 5');
    expect(text({ status: 'delivered', readCount: 0, recipientCount: 5 }, true, 'en')).toBe('Delivered');
    expect(receiptLabel({ status: 'sent', readCount: 3, recipientCount: 5 }, true, 'ar').values).toEqual({
      read: new Intl.NumberFormat('ar').format(3),
      total: new Intl.NumberFormat('ar').format(5),
    });
  });

  it('shows one tick when sent, two when delivered or read', () => {
    expect(receiptTicks('sent')).toBe('✓');
    expect(receiptTicks('delivered')).toBe('✓✓');
    expect(receiptTicks('read')).toBe('✓✓');
  });
});
