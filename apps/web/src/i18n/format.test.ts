import { describe, expect, it } from 'vitest';
import { dayKey, formatBytes, formatDateTime, formatDay, formatRelativeTime, formatTime } from './format';

describe('formatDateTime', () => {
  it('writes a date in the reader’s language', () => {
    const iso = '2026-11-22T09:30:00.000Z';
    expect(formatDateTime(iso, 'fr')).toBe(
      new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeStyle: 'long' }).format(new Date(iso)),
    );
    expect(formatDateTime(iso, 'fr')).toMatch(/novembre 2026/);
  });

  it('shows text that is not a date as it is', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-11-22T12:00:00.000Z');
  const before = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says how long ago, in the reader’s language', () => {
    expect(formatRelativeTime(before(20), 'en', now)).toBe('now');
    expect(formatRelativeTime(before(5 * 60), 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime(before(3 * 3600), 'fr', now)).toBe('il y a 3 heures');
    expect(formatRelativeTime(before(26 * 3600), 'en', now)).toBe('yesterday');
    expect(formatRelativeTime(before(3 * 86400), 'es', now)).toBe('hace 3 días');
  });

  it('shows text that is not a date as it is', () => {
    expect(formatRelativeTime('soon', 'en', now)).toBe('soon');
  });
});

describe('formatBytes', () => {
  it('writes a file size in the reader’s language, in steps of 1024', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatBytes(1.25 * 1024 * 1024, 'fr')).toBe(
      new Intl.NumberFormat('fr', {
        style: 'unit',
        unit: 'megabyte',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(1.25),
    );
    expect(formatBytes(-1, 'en')).toBe('0 bytes');
  });
});

describe('formatTime and formatDay', () => {
  const iso = '2026-11-22T09:30:00.000Z';

  it('write the time of day and the day in the reader’s language', () => {
    expect(formatTime(iso, 'fr')).toBe(
      new Intl.DateTimeFormat('fr', { timeStyle: 'short' }).format(new Date(iso)),
    );
    expect(formatDay(iso, 'fr')).toMatch(/novembre 2026/);
  });

  it('group moments by the reader’s calendar day', () => {
    expect(dayKey(iso)).toBe(dayKey(new Date(Date.parse(iso) + 60_000).toISOString()));
    expect(dayKey(iso)).not.toBe(dayKey(new Date(Date.parse(iso) + 86_400_000).toISOString()));
  });

  it('show text that is not a date as it is', () => {
    expect(formatTime('soon', 'en')).toBe('soon');
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
