import type {
  AdminMemberFieldsFragment,
  AuditEventsQuery,
  FocalPointAuthority,
  InvitationsQuery,
  MemberProfileQuery,
  OutboxMessageQuery,
  VettingQueueQuery,
} from '../graphql/generated/graphql';

/**
 * Test data for the directory and administration pages, shaped like the api's answers. Each factory
 * gives a plausible, synthetic record; a test overrides what it is about.
 */
let sequence = 0;

/** A fresh UUID-shaped id, stable within a test run. */
export function nextId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export interface FakeFocalPoint {
  id: string;
  country: string;
  authority: FocalPointAuthority;
  contactHours: string;
}

type Member = MemberProfileQuery['member'];
type Application = VettingQueueQuery['vettingQueue'][number];
type Invitation = InvitationsQuery['invitations'][number];
type AuditEvent = AuditEventsQuery['auditEvents']['items'][number];
type OutboxMessage = OutboxMessageQuery['outboxMessage'];

export function focalPointFactory(overrides: Partial<FakeFocalPoint> = {}): FakeFocalPoint {
  return {
    id: nextId(),
    country: 'GH',
    authority: 'MLA_CENTRAL_AUTHORITY',
    contactHours: 'Mon–Fri 08:00–16:00 GMT',
    ...overrides,
  };
}

export function memberFactory(overrides: Partial<Member> = {}): Member {
  return {
    id: nextId(),
    fullName: 'Kwame Mensah',
    photoUrl: null,
    role: 'MEMBER',
    position: 'State Attorney',
    institution: 'Office of the Attorney-General',
    country: 'GH',
    practitionerType: 'PROSECUTOR',
    languages: ['en', 'fr'],
    expertise: ['mutual-legal-assistance', 'parcel-and-postal'],
    bio: 'Prosecutes firearms trafficking cases.',
    focalPoints: [],
    ...overrides,
  };
}

export function adminMemberFactory(
  overrides: Partial<AdminMemberFieldsFragment> = {},
): AdminMemberFieldsFragment {
  const { bio: _bio, practitionerType: _type, languages: _l, expertise: _e, ...member } = memberFactory();
  return {
    ...member,
    email: 'kwame.mensah@justice.example',
    status: 'ACTIVE',
    lockedUntil: null,
    mfaEnabled: false,
    createdAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export function applicationFactory(overrides: Partial<Application> = {}): Application {
  return {
    id: nextId(),
    fullName: 'Lucía Fernández',
    email: 'lucia.fernandez@fiscalia.example',
    country: 'PY',
    institution: 'Fiscalía General del Estado',
    position: 'Fiscal adjunta',
    practitionerType: 'PROSECUTOR',
    languages: ['es', 'en'],
    expertise: ['trafficking-routes'],
    motivation: 'I lead a unit that investigates arms trafficking across the triple border.',
    voucherEmail: null,
    voucherIsActiveMember: false,
    voucher: null,
    status: 'PENDING',
    submittedAt: '2026-11-20T08:15:00.000Z',
    emailConfirmedAt: '2026-11-20T08:20:00.000Z',
    decision: null,
    decisionReason: null,
    decidedAt: null,
    ...overrides,
  };
}

export function invitationFactory(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: nextId(),
    email: 'aigerim.nurlanovna@customs.example',
    fullName: 'Aigerim Nurlanovna',
    role: 'MEMBER',
    invitedBy: 'Amina Diallo',
    createdAt: '2026-11-21T09:00:00.000Z',
    expiresAt: '2099-11-28T09:00:00.000Z',
    acceptedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

export function auditEventFactory(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: String(nextId()),
    occurredAt: '2026-11-22T09:30:00.000Z',
    actorId: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01',
    actorLabel: 'amina.diallo@justice.example',
    action: 'application.approved',
    targetType: 'user',
    targetId: '00000000-0000-4000-8000-000000000999',
    ip: '192.0.2.10',
    details: '{}',
    ...overrides,
  };
}

export function outboxMessageFactory(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id: `2026-11-22T09-30-00-${nextId()}.eml`,
    to: 'lucia.fernandez@fiscalia.example',
    subject: 'Confirm your e-mail address',
    sentAt: '2026-11-22T09:30:00.000Z',
    text: 'Hello Lucía,\n\nConfirm your address: https://portal.example/confirm-email?token=abc\n',
    links: ['https://portal.example/confirm-email?token=abc'],
    ...overrides,
  };
}
