import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { type AddressObject, simpleParser } from 'mailparser';
import { notFound } from '../common/errors/app-error.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { invalidPage } from './notifications.errors.js';
import { OUTBOX_FILE_NAME, outboxFolder } from './outbox-folder.js';

export const OUTBOX_MAX_PAGE = 100;

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  sentAt: Date;
  text: string;
  links: string[];
}

export interface OutboxListing {
  enabled: boolean;
  total: number;
  items: OutboxEntry[];
}

/**
 * The local outbox: the .eml files MailTransport writes to DATA_DIR/mail when no SMTP server is
 * configured, so an admin (and the browser tests) can read the mail the portal sent. Disabled, and
 * empty, when SMTP_URL is set.
 */
@Injectable()
export class OutboxService {
  private readonly folder: string;
  readonly enabled: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.folder = outboxFolder(config);
    this.enabled = !config.SMTP_URL;
  }

  /** Newest first. `first` from 1 to 100, `offset` from 0. */
  async list({ first, offset }: { first: number; offset: number }): Promise<OutboxListing> {
    if (!Number.isInteger(first) || first < 1 || first > OUTBOX_MAX_PAGE) {
      throw invalidPage('first', `Ask for 1 to ${OUTBOX_MAX_PAGE} messages at a time.`);
    }
    if (!Number.isInteger(offset) || offset < 0)
      throw invalidPage('offset', 'The offset cannot be negative.');
    if (!this.enabled) return { enabled: false, total: 0, items: [] };
    const names = (await this.fileNames()).sort().reverse();
    const items = await Promise.all(names.slice(offset, offset + first).map((name) => this.read(name)));
    return {
      enabled: true,
      total: names.length,
      items: items.filter((item): item is OutboxEntry => item !== undefined),
    };
  }

  /** One message by id (its file name); anything that is not a message of the outbox is not found. */
  async get(id: string): Promise<OutboxEntry> {
    const entry = this.enabled && OUTBOX_FILE_NAME.test(id) ? await this.read(id) : undefined;
    if (!entry) throw notFound('message');
    return entry;
  }

  private async fileNames(): Promise<string[]> {
    try {
      return (await readdir(this.folder)).filter((name) => OUTBOX_FILE_NAME.test(name));
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
  }

  /** Reads a regular file of the outbox folder itself (no link, no sub-folder), else undefined. */
  private async read(name: string): Promise<OutboxEntry | undefined> {
    if (!OUTBOX_FILE_NAME.test(name)) return undefined;
    const path = join(this.folder, name);
    try {
      if (!(await lstat(path)).isFile()) return undefined;
      const source = await readFile(path);
      const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
      const text = mail.text ?? '';
      return {
        id: name,
        to: addresses(mail.to),
        subject: mail.subject ?? '',
        sentAt: mail.date ?? (await lstat(path)).mtime,
        text,
        links: linksIn(text),
      };
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }
}

/** The http(s) addresses in a text, in order, each once, without trailing punctuation. */
export function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"'`)\]]+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?]+$/, '')))];
}

function addresses(to: AddressObject | AddressObject[] | undefined): string {
  if (!to) return '';
  return (Array.isArray(to) ? to : [to]).map((a) => a.text).join(', ');
}

function isMissing(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'code' in err &&
    (err.code === 'ENOENT' || err.code === 'ENOTDIR')
  );
}
