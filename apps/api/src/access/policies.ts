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
  'discussions.read': {
    description:
      'Active members reading categories, threads, posts and search (restricted categories: their groups only)',
  },
  'discussions.write': {
    description:
      'Active members starting threads, replying, editing or deleting their own posts, flagging, watching',
  },
  'discussions.moderate': {
    roles: STAFF,
    description:
      'Moderators hiding and restoring posts, locking, pinning and moving threads, handling flags (in categories they can see)',
  },
  'discussions.groups.manage': {
    roles: STAFF,
    description: 'Moderators managing regional and thematic groups and their members',
  },
  'discussions.categories.manage': {
    roles: [Role.ADMIN],
    description: 'Admins creating, ordering and restricting categories',
  },
  'files.upload': { description: 'Active members uploading attachments (per-member rate limit)' },
  'files.read': {
    description:
      'Active members downloading a file they may see: their own unattached upload, or an attachment of something the owning domain lets them see',
  },
  'messaging.use': {
    description:
      'Active, fully signed-in members using their own conversations (each conversation: its members only)',
  },
  'jit.use': {
    description:
      'Active, fully signed-in members with a second factor using the JIT workspaces they belong to (each workspace: its current members only)',
  },
  'digest.read': {
    description:
      'Active members reading published case-law records (archived ones by their link), searching and exporting them',
  },
  'digest.propose': {
    description:
      'Active members proposing case records, editing their own drafts, submitting them and translating their own',
  },
  'digest.moderate': {
    roles: STAFF,
    description:
      'Moderators reviewing, returning, publishing, archiving and restoring case records, editing and translating any, importing',
  },
  'digest.taxonomy.manage': {
    roles: STAFF,
    description: 'Moderators managing the case-law taxonomies (offences, weapon types, modi operandi)',
  },
  'access.audit.read': { roles: [Role.ADMIN], description: 'Admins reading the audit trail' },
  'notifications.own': {
    description: 'Active members reading and marking their own notifications and e-mail preference',
  },
  'notifications.outbox.read': {
    roles: [Role.ADMIN],
    description: 'Admins reading mail written to the local outbox',
  },
} as const satisfies Record<string, PolicyRule>;

export type PolicyName = keyof typeof POLICIES;

export function isPolicyName(value: unknown): value is PolicyName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(POLICIES, value);
}
