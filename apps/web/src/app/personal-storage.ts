/**
 * Keys of this browser's localStorage that hold one person's words (drafts of posts, messages
 * waiting to be sent, how far messages were read from the server). They are
 * removed whenever the signed-in person changes — sign-out, a session ended elsewhere — so the
 * next person on a shared computer never finds them.
 */
export const PERSONAL_STORAGE_PREFIXES = ['cop.discussions.draft.', 'cop.messaging.'] as const;

export function clearPersonalStorage(storage: Storage | undefined = globalThis.localStorage): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && PERSONAL_STORAGE_PREFIXES.some((p) => key.startsWith(p))) keys.push(key);
    }
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

const OWNER_KEY = 'cop.personal.owner';

/**
 * Marks the stored personal data as this person's; if it was someone else's (they closed the tab
 * without signing out and their session ended), it is removed first.
 */
export function claimPersonalStorage(
  userId: string,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  if (!storage) return;
  try {
    if (storage.getItem(OWNER_KEY) !== userId) {
      clearPersonalStorage(storage);
      storage.setItem(OWNER_KEY, userId);
    }
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
