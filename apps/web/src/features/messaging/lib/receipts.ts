/** A member's watermarks in a conversation: delivered and read up to these seqs. */
export interface Watermark {
  deliveredSeq: number;
  readSeq: number;
}

export type ReceiptStatus = 'sent' | 'delivered' | 'read';

export interface Receipt {
  status: ReceiptStatus;
  /** Other members (not the sender) who have read it. */
  readCount: number;
  /** Other members (not the sender). */
  recipientCount: number;
}

/**
 * The receipt of one's own message with `seq`, from the other members' watermarks: read when
 * every other member has read it (in a group, "read by 2 of 4" counts the readers as they come),
 * delivered when it reached every other member's device, sent otherwise.
 */
export function receiptOf(
  seq: number,
  senderId: string,
  watermarks: ReadonlyMap<string, Watermark>,
): Receipt {
  let recipientCount = 0;
  let readCount = 0;
  let deliveredCount = 0;
  for (const [userId, mark] of watermarks) {
    if (userId === senderId) continue;
    recipientCount++;
    if (mark.readSeq >= seq) readCount++;
    if (Math.max(mark.deliveredSeq, mark.readSeq) >= seq) deliveredCount++;
  }
  const status: ReceiptStatus =
    recipientCount > 0 && readCount === recipientCount
      ? 'read'
      : recipientCount > 0 && deliveredCount === recipientCount
        ? 'delivered'
        : 'sent';
  return { status, readCount, recipientCount };
}

export type ReceiptKey = 'receipt.sent' | 'receipt.delivered' | 'receipt.read' | 'receipt.readBy';

/**
 * What the receipt says, as a translation key and its values: "Sent", "Delivered", "Read"; in a
 * group, once someone has read it, "Read by 3 of 5" (numbers in the reader's language).
 */
export function receiptLabel(
  receipt: Receipt,
  group: boolean,
  locale: string,
): { key: ReceiptKey; values: { read?: string; total?: string } } {
  if (group && receipt.readCount > 0) {
    const number = new Intl.NumberFormat(locale);
    return {
      key: 'receipt.readBy',
      values: {
        read: number.format(receipt.readCount),
        total: number.format(receipt.recipientCount),
      },
    };
  }
  return { key: `receipt.${receipt.status}`, values: {} };
}

/** The ticks shown beside the text: ✓ sent, ✓✓ delivered, ✓✓ (coloured) read. */
export function receiptTicks(status: ReceiptStatus): string {
  return status === 'sent' ? '✓' : '✓✓';
}
