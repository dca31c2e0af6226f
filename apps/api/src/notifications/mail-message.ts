import { z } from 'zod';
import { invalidRecipient } from './notifications.errors.js';

/** One e-mail to one person. `text` is required; `html` is an optional alternative. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** One plain address: no display name, no list, no line break (so no header injection). */
const recipient = z.email().max(254);

const jobData = z.object({
  to: recipient,
  subject: z.string().min(1).max(998),
  text: z.string(),
  html: z.string().optional(),
});

/** The message as it is queued: validated, the address trimmed. Throws BAD_USER_INPUT. */
export function validMailMessage(message: MailMessage): MailMessage {
  const to = recipient.safeParse(typeof message.to === 'string' ? message.to.trim() : message.to);
  if (!to.success) throw invalidRecipient();
  const parsed = jobData.safeParse({ ...message, to: to.data });
  if (!parsed.success) {
    // Subject and body come from our own templates: a bad one is a bug, not the user's input.
    throw new Error(`invalid mail message: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  }
  return stripUndefined(parsed.data);
}

/** The message read back from a job row, or undefined when the row does not hold one. */
export function mailMessageFromJob(data: unknown): MailMessage | undefined {
  const parsed = jobData.safeParse(data);
  return parsed.success ? stripUndefined(parsed.data) : undefined;
}

/** What may be logged about a recipient: the domain of the address, never the address. */
export function recipientDomain(address: unknown): string {
  if (typeof address !== 'string') return 'unknown';
  const at = address.lastIndexOf('@');
  return at < 0 ? 'unknown' : address.slice(at + 1).toLowerCase();
}

function stripUndefined(message: MailMessage): MailMessage {
  const { html, ...rest } = message;
  return html === undefined ? rest : { ...rest, html };
}
