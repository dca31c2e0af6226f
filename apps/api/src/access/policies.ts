import { AccountStatus, Role, SessionState } from '@cop/contracts';

/**
 * Who may call an endpoint, declared with @Policy(name). A rule lists the roles (default: any), the
 * account statuses (default: ACTIVE) and the session states (default: ACTIVE, i.e. every factor
 * given) that are allowed. Resource membership (a JIT, a conversation) is checked in the owning
 * service through AccessService on top of this.
 */
export interface PolicyRule {
  roles?: readonly Role[];
  statuses?: readonly AccountStatus[];
  sessionStates?: readonly SessionState[];
  description: string;
}

const SIGNED_IN = [AccountStatus.ACTIVE, AccountStatus.SUSPENDED] as const;
const STAFF = [Role.MODERATOR, Role.ADMIN] as const;

export const POLICIES = {
  'identity.session.own': {
    statuses: SIGNED_IN,
    sessionStates: [SessionState.ACTIVE, SessionState.MFA_REQUIRED, SessionState.MFA_ENROLLMENT_REQUIRED],
    description: 'The caller signing out or reading where their sign-in stands',
  },
  'identity.mfa.verify': {
    statuses: SIGNED_IN,
    sessionStates: [SessionState.MFA_REQUIRED],
    description: 'Giving the second factor after the password',
  },
  'identity.mfa.enroll': {
    statuses: SIGNED_IN,
    sessionStates: [SessionState.ACTIVE, SessionState.MFA_ENROLLMENT_REQUIRED],
    description: 'Setting up the second factor',
  },
  'identity.self.manage': {
    statuses: SIGNED_IN,
    description: 'The caller reading and editing their own profile, sessions, password and second factor',
  },
  'identity.directory.read': {
    description: 'Active members reading the directory, member pages and focal points',
  },
  'identity.vetting.review': { roles: STAFF, description: 'Moderators reading and deciding applications' },
  'identity.invitations.manage': { roles: STAFF, description: 'Moderators inviting people' },
  'identity.members.administer': { roles: [Role.ADMIN], description: 'Admins changing roles and statuses' },
  'identity.focalPoints.manage': { roles: [Role.ADMIN], description: 'Admins naming national focal points' },
  'access.audit.read': { roles: [Role.ADMIN], description: 'Admins reading the audit trail' },
  'notifications.outbox.read': {
    roles: [Role.ADMIN],
    description: 'Admins reading mail written to the local outbox',
  },
} as const satisfies Record<string, PolicyRule>;

export type PolicyName = keyof typeof POLICIES;

export function isPolicyName(value: unknown): value is PolicyName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(POLICIES, value);
}
