import { CASE_CONTENT_FIELDS, type CaseContent } from '@cop/contracts';
import type { DigestFieldDiff } from './dto/digest.types.js';

/** The fields of a record in the order the form and the diff show them. */
export const CONTENT_FIELDS: readonly (keyof CaseContent)[] = CASE_CONTENT_FIELDS;

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/** One list item as a line: a scalar as is, an object as "key: value" pairs. */
function line(item: unknown): string {
  if (item === null || typeof item !== 'object') return String(item);
  return Object.entries(item as Record<string, unknown>)
    .filter(([, v]) => !isEmpty(v) && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('; ');
}

/** A field's value as text: lists one item per line; null when empty. */
export function renderField(value: unknown): string | null {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(line).join('\n');
  if (isEmpty(value)) return null;
  if (typeof value === 'object') return line(value);
  return String(value);
}

/** The fields that differ between two versions, each rendered as text (before → after). */
export function diffContent(before: CaseContent, after: CaseContent): DigestFieldDiff[] {
  const changes: DigestFieldDiff[] = [];
  for (const field of CONTENT_FIELDS) {
    const a = renderField(before[field]);
    const b = renderField(after[field]);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}
