import { vi } from 'vitest';

/** A network that answers every GraphQL request with `body`. */
export function answering(body: unknown) {
  return vi.fn<typeof fetch>(
    async () =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
}

/** A network that is down: fetch rejects as browsers do when the server cannot be reached. */
export function unreachable() {
  return vi.fn<typeof fetch>(async () => {
    throw new TypeError('Failed to fetch');
  });
}

/** A network that never answers (a very slow link). */
export function neverAnswering() {
  return vi.fn<typeof fetch>(() => new Promise<Response>(() => {}));
}

export function healthAnswer(status: 'OK' | 'DEGRADED', serverTime = '2026-11-22T09:30:00.000Z') {
  return { data: { health: { status, serverTime } } };
}
