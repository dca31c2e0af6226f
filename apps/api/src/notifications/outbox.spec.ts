import { recipientDomain, validMailMessage } from './mail-message.js';
import { OUTBOX_FILE_NAME, outboxFileName } from './outbox-folder.js';
import { linksIn } from './outbox.service.js';

describe('outbox helpers', () => {
  it('finds the http(s) links of a text, once each, without trailing punctuation', () => {
    const text = [
      'Confirm: https://portal.example.org/confirm?token=a%2Fb.',
      'Again (https://portal.example.org/confirm?token=a%2Fb), or <http://localhost:3000/reset?token=x>;',
      'not ftp://example.org nor mailto:ana@example.org — but "https://example.org/a_b-c#top"!',
    ].join('\n');
    expect(linksIn(text)).toEqual([
      'https://portal.example.org/confirm?token=a%2Fb',
      'http://localhost:3000/reset?token=x',
      'https://example.org/a_b-c#top',
    ]);
    expect(linksIn('')).toEqual([]);
  });

  it('names files by time, then job id, in a form the outbox accepts', () => {
    const name = outboxFileName(new Date('2026-11-22T10:15:30.123Z'), '0f8e7d6c-1234-4abc-8def-0123456789ab');
    expect(name).toBe('20261122T101530123Z-0f8e7d6c-1234-4abc-8def-0123456789ab.eml');
    expect(OUTBOX_FILE_NAME.test(name)).toBe(true);
    expect(outboxFileName(new Date('2026-11-22T10:15:30.124Z'), 'a') > name).toBe(true);
    expect(outboxFileName(new Date(0), '../../x')).toBe('19700101T000000000Z-x.eml');
  });

  it('accepts only names without a path', () => {
    for (const bad of ['../x.eml', 'a/b.eml', 'a\\b.eml', '.eml', 'x.eml/', 'x.eml\n', 'x.txt']) {
      expect(OUTBOX_FILE_NAME.test(bad)).toBe(false);
    }
  });
});

describe('mail messages', () => {
  it('trims the address and keeps html only when given', () => {
    expect(validMailMessage({ to: ' ana@example.org ', subject: 'S', text: 'T' })).toEqual({
      to: 'ana@example.org',
      subject: 'S',
      text: 'T',
    });
    expect(validMailMessage({ to: 'ana@example.org', subject: 'S', text: 'T', html: '<p>T</p>' }).html).toBe(
      '<p>T</p>',
    );
  });

  it('refuses an empty subject as a bug, not as the user input', () => {
    expect(() => validMailMessage({ to: 'ana@example.org', subject: '', text: 'T' })).toThrow(
      'invalid mail message: subject',
    );
  });

  it('logs a domain, never an address', () => {
    expect(recipientDomain('Ana.Garcia@Example.ORG')).toBe('example.org');
    expect(recipientDomain(undefined)).toBe('unknown');
  });
});
