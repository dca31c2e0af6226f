import { SessionState } from '@cop/contracts';
import type { Principal } from '../access/principal.js';
import type { UserEntity } from '../identity/entities/user.entity.js';

/**
 * The member as a subject describer sees them when no request is involved (an e-mail job, a thread
 * opened elsewhere): their current role and status from the database, and no session. Used only to
 * ask "may they still see this?" — never to authorise an endpoint.
 */
export function backgroundPrincipal(user: Pick<UserEntity, 'id' | 'email' | 'role' | 'status'>): Principal {
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    status: user.status,
    sessionId: '',
    sessionState: SessionState.ACTIVE,
  };
}
