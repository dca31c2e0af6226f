/**
 * Where to go after signing in: the `next` of the sign-in address when it is a path of this portal,
 * home otherwise. `//evil.example` or `https://…` are refused, so a crafted link cannot send a member
 * elsewhere after they typed their password.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in')) return '/';
  return next;
}

/** `?next=…` to carry `next` on to the following sign-in step; empty for home. */
export function nextQuery(next: string): string {
  return next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
}
