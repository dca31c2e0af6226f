import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '@cop/contracts';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
const VALID_ID = /^[A-Za-z0-9._-]{8,64}$/;

type WithId = IncomingMessage & { id?: string | number | object };

/**
 * The request id: the caller's X-Request-Id when it is well-formed (a load balancer's), otherwise
 * a fresh UUID. Stored on the request so pino-http and the GraphQL error mapper agree.
 */
export function requestIdOf(req: IncomingMessage): string {
  const withId = req as WithId;
  if (typeof withId.id === 'string') return withId.id;
  const header = req.headers[REQUEST_ID_HEADER];
  const id = typeof header === 'string' && VALID_ID.test(header) ? header : randomUUID();
  withId.id = id;
  return id;
}

/** Express middleware: sets the request id, echoes it in the response, scopes it to the request. */
export function requestContextMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const requestId = requestIdOf(req);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  storage.run({ requestId }, next);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
