/** Roles, from least to most powerful. Resource membership (JIT, conversation) comes on top. */
export const Role = { MEMBER: 'MEMBER', MODERATOR: 'MODERATOR', ADMIN: 'ADMIN' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * The life of an account: an application whose e-mail is not confirmed yet, waiting for vetting,
 * approved (waiting for its password), active, rejected, suspended (can sign in, reaches only its
 * own profile), deactivated (content kept, sign-in impossible).
 */
export const AccountStatus = {
  EMAIL_UNCONFIRMED: 'EMAIL_UNCONFIRMED',
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  ACTIVE: 'ACTIVE',
  REJECTED: 'REJECTED',
  SUSPENDED: 'SUSPENDED',
  DEACTIVATED: 'DEACTIVATED',
} as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];
export const ACCOUNT_STATUSES: readonly AccountStatus[] = Object.values(AccountStatus);

export const PractitionerType = {
  PROSECUTOR: 'PROSECUTOR',
  INVESTIGATOR: 'INVESTIGATOR',
  JUDGE: 'JUDGE',
  CUSTOMS: 'CUSTOMS',
  FIREARMS_CONTROL_AUTHORITY: 'FIREARMS_CONTROL_AUTHORITY',
  ANALYST: 'ANALYST',
  OTHER: 'OTHER',
} as const;
export type PractitionerType = (typeof PractitionerType)[keyof typeof PractitionerType];
export const PRACTITIONER_TYPES: readonly PractitionerType[] = Object.values(PractitionerType);

/** What a national focal point is the contact for. */
export const FocalPointAuthority = {
  FIREARMS_PROTOCOL_COMPETENT_AUTHORITY: 'FIREARMS_PROTOCOL_COMPETENT_AUTHORITY',
  MLA_CENTRAL_AUTHORITY: 'MLA_CENTRAL_AUTHORITY',
  EXTRADITION_AUTHORITY: 'EXTRADITION_AUTHORITY',
  TRACING_CONTACT_POINT: 'TRACING_CONTACT_POINT',
  NATIONAL_FIREARMS_COMMISSION: 'NATIONAL_FIREARMS_COMMISSION',
  OTHER: 'OTHER',
} as const;
export type FocalPointAuthority = (typeof FocalPointAuthority)[keyof typeof FocalPointAuthority];
export const FOCAL_POINT_AUTHORITIES: readonly FocalPointAuthority[] = Object.values(FocalPointAuthority);

/**
 * Where a session stands: signed in with every factor; password accepted and a TOTP code (or a
 * recovery code) expected; password accepted but the role requires a second factor not yet set up.
 */
export const SessionState = {
  ACTIVE: 'ACTIVE',
  MFA_REQUIRED: 'MFA_REQUIRED',
  MFA_ENROLLMENT_REQUIRED: 'MFA_ENROLLMENT_REQUIRED',
} as const;
export type SessionState = (typeof SessionState)[keyof typeof SessionState];

/** Roles that must use a second factor (JIT members join them with the JIT issue). */
export const MFA_REQUIRED_ROLES: readonly Role[] = [Role.MODERATOR, Role.ADMIN];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Areas of expertise members pick from (free text is allowed too). */
export const EXPERTISE_AREAS = [
  'illicit-manufacturing',
  'trafficking-routes',
  'parcel-and-postal',
  'darknet-and-online',
  'conversion-and-reactivation',
  'privately-made-firearms',
  'marking-and-tracing',
  'ballistics',
  'financial-investigation',
  'mutual-legal-assistance',
  'extradition',
  'joint-investigation-teams',
  'special-investigative-techniques',
  'border-and-customs-controls',
  'stockpile-management',
  'brokering',
  'organized-crime',
  'terrorism',
] as const;
export type ExpertiseArea = (typeof EXPERTISE_AREAS)[number];
