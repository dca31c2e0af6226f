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

/** A response body, or a function of the request's variables returning one. */
export type Answer = ((variables: Record<string, unknown>) => unknown) | Record<string, unknown> | null;

/**
 * A network that answers each GraphQL operation by its name: `{ Viewer: viewerAnswer(), SignIn:
 * (variables) => … }`. An answer is a response body, or a function of the variables returning one.
 * An operation without an answer never gets one (a very slow link), like `neverAnswering`.
 */
export function graphqlNetwork(answers: Record<string, Answer>) {
  return vi.fn<typeof fetch>(async (_input, init) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    if (!(operationName in answers)) return new Promise<Response>(() => {});
    const answer = answers[operationName];
    const body = typeof answer === 'function' ? await answer(variables ?? {}) : answer;
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
}

/** The requests `network` received for `operationName`, as their variables. */
export function requestsOf(network: ReturnType<typeof vi.fn<typeof fetch>>, operationName: string) {
  return network.mock.calls
    .map(([, init]) => JSON.parse(String(init?.body)) as { operationName: string; variables?: unknown })
    .filter((request) => request.operationName === operationName)
    .map((request) => request.variables ?? {});
}

export interface FakeViewer {
  id: string;
  email: string;
  fullName: string;
  role: 'MEMBER' | 'MODERATOR' | 'ADMIN';
  status: 'ACTIVE' | 'SUSPENDED' | 'PENDING' | 'APPROVED' | 'EMAIL_UNCONFIRMED' | 'REJECTED' | 'DEACTIVATED';
  sessionState: 'ACTIVE' | 'MFA_REQUIRED' | 'MFA_ENROLLMENT_REQUIRED';
  mfaEnabled: boolean;
  mfaRequired: boolean;
  locale: string;
}

/** A signed-in member; override what the test is about. */
export function fakeViewer(overrides: Partial<FakeViewer> = {}): FakeViewer {
  return {
    id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01',
    email: 'amina.diallo@justice.example',
    fullName: 'Amina Diallo',
    role: 'MEMBER',
    status: 'ACTIVE',
    sessionState: 'ACTIVE',
    mfaEnabled: false,
    mfaRequired: false,
    locale: 'en',
    ...overrides,
  };
}

/** The answer to the `Viewer` query: a signed-in member (with overrides), or `null` for nobody. */
export function viewerAnswer(viewer: Partial<FakeViewer> | null = {}) {
  return { data: { viewer: viewer === null ? null : fakeViewer(viewer) } };
}

/** A GraphQL error answer, as the api formats it. */
export function errorAnswer(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] };
}
