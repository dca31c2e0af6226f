import type { AccountStatus, Role, SessionState } from '@cop/contracts';

/** The caller, as established from the session cookie. Never taken from arguments. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  status: AccountStatus;
  sessionId: string;
  sessionState: SessionState;
}

/**
 * Establishes the caller from a request's cookies. The identity domain provides it; the access
 * guard and the realtime gateway use it.
 */
export abstract class Authenticator {
  abstract authenticate(
    cookieHeader: string | undefined,
    meta: { ip?: string; userAgent?: string },
  ): Promise<Principal | null>;
}
