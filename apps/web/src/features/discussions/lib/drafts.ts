import { useCallback, useEffect, useRef, useState } from 'react';
import { PERSONAL_STORAGE_PREFIXES } from '../../../app/personal-storage';

/**
 * Drafts are kept in this browser's localStorage, per thread or category, so a dropped connection,
 * a reload or a closed tab loses nothing; sending clears them. Storage may be unavailable (private
 * mode, a policy): the draft then lives as long as the page. They are removed when the signed-in
 * person changes (app/personal-storage.ts).
 */
const PREFIX = PERSONAL_STORAGE_PREFIXES[0];
/** Writes wait for typing to pause. */
const WRITE_DELAY_MS = 400;

export function readDraft<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or unavailable: the draft lives as long as the page.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing stored then.
  }
}

/**
 * State saved as a draft under `key`: starts from the stored draft (merged over `initial`), is
 * written shortly after each change (and when the page is hidden), and removed when it is empty.
 * `discard` clears both. Give the component a `key` when `key` changes.
 */
export function useDraft<T extends object>(
  key: string,
  initial: T,
  isEmpty: (value: T) => boolean,
): [T, (update: T | ((current: T) => T)) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = readDraft<Partial<T>>(key);
    return stored && typeof stored === 'object' ? { ...initial, ...stored } : initial;
  });
  const latest = useRef({ key, value, isEmpty });
  const start = useRef(initial);
  useEffect(() => {
    latest.current = { key, value, isEmpty };
  });

  useEffect(() => {
    const timer = window.setTimeout(() => save(latest.current), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [value, key]);

  useEffect(() => {
    const flush = () => save(latest.current);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  const discard = useCallback(() => {
    clearDraft(latest.current.key);
    setValue(start.current);
  }, []);

  return [value, setValue, discard];
}

function save<T>({ key, value, isEmpty }: { key: string; value: T; isEmpty: (value: T) => boolean }) {
  if (isEmpty(value)) clearDraft(key);
  else writeDraft(key, value);
}
