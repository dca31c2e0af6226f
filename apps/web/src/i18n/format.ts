/**
 * A date and time in the reader's language and time zone, the zone named (members sit in many);
 * the raw text if it is not a date.
 */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long' }).format(date);
}
