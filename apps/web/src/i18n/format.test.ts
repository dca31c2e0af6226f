import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

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
