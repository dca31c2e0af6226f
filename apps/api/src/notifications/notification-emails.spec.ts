import { LANGUAGES } from '@cop/contracts';
import type { AppConfig } from '../config/config.schema.js';
import { type EmailCounts, NotificationEmails } from './notification-emails.js';
import { DEFAULT_NOTIFICATIONS_TUNING } from './notifications.tuning.js';

/** Only `compose` is exercised: the collaborators are never reached. */
function emails(): NotificationEmails {
  const unused = {} as never;
  const config = { PUBLIC_URL: 'https://portal.example.org/' } as AppConfig;
  return new NotificationEmails(
    unused,
    unused,
    unused,
    unused,
    unused,
    unused,
    config,
    DEFAULT_NOTIFICATIONS_TUNING,
  );
}

const COUNTS: EmailCounts[] = [
  { MENTION: 1, THREAD_REPLY: 0, NEW_THREAD: 0 },
  { MENTION: 2, THREAD_REPLY: 1, NEW_THREAD: 3 },
  { MENTION: 5, THREAD_REPLY: 11, NEW_THREAD: 21 },
  { MENTION: 0, THREAD_REPLY: 102, NEW_THREAD: 0 },
];

/** What i18next prints for a missing key, or a placeholder left unfilled. */
const UNTRANSLATED =
  /\{\{|\}\}|^- (mentions|replies|threads)$|(immediate|digest)\.(subject|intro)|^(greeting|signature|open|privacy|settings)$/m;

describe('notification e-mail texts', () => {
  it.each(LANGUAGES.map((l) => l.code))('are written in %s, counts only, with the portal link', (locale) => {
    const mailer = emails();
    for (const mode of ['IMMEDIATE', 'DAILY'] as const) {
      for (const counts of COUNTS) {
        const mail = mailer.compose(
          { email: 'ana@example.org', fullName: 'Ana García', locale },
          mode,
          counts,
        );
        expect(mail.to).toBe('ana@example.org');
        expect(mail.subject.trim()).not.toBe('');
        // No key left untranslated, no placeholder left unfilled.
        expect(`${mail.subject}\n${mail.text}`).not.toMatch(UNTRANSLATED);
        expect(mail.text).toContain('Ana García');
        expect(mail.text).toContain('https://portal.example.org/notifications');
        for (const n of Object.values(counts).filter((c) => c > 2)) expect(mail.text).toContain(String(n));
        // One line per kind reported.
        expect(mail.text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(
          Object.values(counts).filter((c) => c > 0).length,
        );
      }
    }
  });

  it('differ between languages (no silent fallback to English)', () => {
    const mailer = emails();
    const subjects = LANGUAGES.map(
      ({ code }) =>
        mailer.compose({ email: 'a@example.org', fullName: 'A B', locale: code }, 'DAILY', COUNTS[1]!)
          .subject,
    );
    expect(new Set(subjects).size).toBe(LANGUAGES.length);
  });

  it('use English for an unknown locale', () => {
    const mail = emails().compose(
      { email: 'a@example.org', fullName: 'A B', locale: 'xx' as never },
      'IMMEDIATE',
      COUNTS[0]!,
    );
    expect(mail.subject).toBe('New activity for you on the CoP Portal');
    expect(mail.text).toContain('You were mentioned once.');
  });
});
