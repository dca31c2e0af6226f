/** Characters kept in the plain `filename="…"` fallback; everything else becomes `_`. */
const FALLBACK_SAFE = /[A-Za-z0-9 !#$&'()*+,\-.;=@[\]^_`{}~]/u;

/**
 * A Content-Disposition header for a file name chosen by a user (RFC 6266): a quoted ASCII
 * fallback without quotes, backslashes, percent signs or angle brackets, and the exact name as
 * RFC 5987 `filename*` (UTF-8, percent-encoded), which every current browser prefers.
 */
export function contentDisposition(disposition: 'attachment' | 'inline', name: string): string {
  const fallback = [...name].map((c) => (FALLBACK_SAFE.test(c) ? c : '_')).join('');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
