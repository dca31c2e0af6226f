/**
 * JIT workspaces: what api and web agree on.
 *
 * A joint investigation team's workspace is need-to-know: it exists only for its current members
 * (admins and moderators included only when they are members). Members have a role and represent
 * one of the participating countries; observers read but do not write; a CLOSED workspace is
 * read-only for everyone. Evidence items keep an append-only chain of custody.
 */

export const JitStatus = {
  SETTING_UP: 'SETTING_UP',
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  CLOSED: 'CLOSED',
} as const;
export type JitStatus = (typeof JitStatus)[keyof typeof JitStatus];

export const JitRole = { LEADER: 'LEADER', MEMBER: 'MEMBER', OBSERVER: 'OBSERVER' } as const;
export type JitRole = (typeof JitRole)[keyof typeof JitRole];

export const EvidenceType = {
  DOCUMENT: 'DOCUMENT',
  IMAGE: 'IMAGE',
  AUDIO_VIDEO: 'AUDIO_VIDEO',
  FORENSIC_REPORT: 'FORENSIC_REPORT',
  SEIZED_FIREARM_RECORD: 'SEIZED_FIREARM_RECORD',
  OTHER: 'OTHER',
} as const;
export type EvidenceType = (typeof EvidenceType)[keyof typeof EvidenceType];

/** Every way an evidence item is touched; each is one append-only custody event. */
export const CustodyAction = {
  UPLOADED: 'UPLOADED',
  VIEWED: 'VIEWED',
  DOWNLOADED: 'DOWNLOADED',
  METADATA_CHANGED: 'METADATA_CHANGED',
  TRANSFERRED: 'TRANSFERRED',
  SEALED: 'SEALED',
  VERIFIED: 'VERIFIED',
  VERIFY_FAILED: 'VERIFY_FAILED',
  DELETED: 'DELETED',
  EXPORTED: 'EXPORTED',
} as const;
export type CustodyAction = (typeof CustodyAction)[keyof typeof CustodyAction];

export const EvidenceIntegrity = { UNVERIFIED: 'UNVERIFIED', OK: 'OK', MISMATCH: 'MISMATCH' } as const;
export type EvidenceIntegrity = (typeof EvidenceIntegrity)[keyof typeof EvidenceIntegrity];

export const LegalRequestType = {
  MLA: 'MLA',
  EXTRADITION: 'EXTRADITION',
  TRACING: 'TRACING',
  ASSET_FREEZING: 'ASSET_FREEZING',
  PRESERVATION: 'PRESERVATION',
  OTHER: 'OTHER',
} as const;
export type LegalRequestType = (typeof LegalRequestType)[keyof typeof LegalRequestType];

export const LegalRequestStatus = {
  DRAFT: 'DRAFT',
  SENT: 'SENT',
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  IN_PROGRESS: 'IN_PROGRESS',
  EXECUTED: 'EXECUTED',
  PARTIALLY_EXECUTED: 'PARTIALLY_EXECUTED',
  REFUSED: 'REFUSED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type LegalRequestStatus = (typeof LegalRequestStatus)[keyof typeof LegalRequestStatus];

/** Statuses after which a request is no longer waited for (never overdue). */
export const CLOSED_REQUEST_STATUSES: readonly LegalRequestStatus[] = [
  LegalRequestStatus.EXECUTED,
  LegalRequestStatus.PARTIALLY_EXECUTED,
  LegalRequestStatus.REFUSED,
  LegalRequestStatus.WITHDRAWN,
];

export const LegalRequestEventKind = {
  CREATED: 'CREATED',
  EDITED: 'EDITED',
  STATUS: 'STATUS',
  COMMENT: 'COMMENT',
} as const;
export type LegalRequestEventKind = (typeof LegalRequestEventKind)[keyof typeof LegalRequestEventKind];

export const JitTaskStatus = {
  OPEN: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  CANCELLED: 'CANCELLED',
} as const;
export type JitTaskStatus = (typeof JitTaskStatus)[keyof typeof JitTaskStatus];

export const JitNoteKind = {
  STRATEGY: 'STRATEGY',
  MEETING_MINUTES: 'MEETING_MINUTES',
  GENERAL: 'GENERAL',
} as const;
export type JitNoteKind = (typeof JitNoteKind)[keyof typeof JitNoteKind];

/** Classification labels the web suggests; the field is free text (national schemes differ). */
export const EVIDENCE_CLASSIFICATIONS = [
  'JIT RESTRICTED',
  'RESTRICTED',
  'CONFIDENTIAL',
  'LAW ENFORCEMENT ONLY',
  'UNCLASSIFIED',
] as const;

export const JIT_LIMITS = {
  nameMax: 160,
  referenceMax: 80,
  purposeMax: 4000,
  phaseNoteMax: 2000,
  countriesMin: 2,
  countriesMax: 30,
  reasonMax: 1000,
  evidenceTitleMax: 200,
  evidenceDescriptionMax: 4000,
  collectedByMax: 200,
  legalBasisMax: 500,
  classificationMax: 60,
  requestSubjectMax: 300,
  authorityMax: 200,
  requestReferenceMax: 100,
  traceFieldMax: 120,
  commentMax: 4000,
  taskTitleMax: 200,
  taskDescriptionMax: 4000,
  noteTitleMax: 200,
  noteBodyMax: 50_000,
  activityPageMax: 100,
} as const;

/** Activity timeline actions (the web translates each one). */
export const JIT_ACTIVITY_ACTIONS = [
  'workspace.created',
  'workspace.updated',
  'workspace.status_changed',
  'workspace.agreement_extended',
  'member.added',
  'member.removed',
  'member.role_changed',
  'evidence.added',
  'evidence.updated',
  'evidence.transferred',
  'evidence.sealed',
  'evidence.verified',
  'evidence.verify_failed',
  'evidence.deleted',
  'evidence.exported',
  'request.created',
  'request.updated',
  'request.status_changed',
  'request.commented',
  'task.created',
  'task.updated',
  'task.status_changed',
  'task.commented',
  'note.created',
  'note.updated',
] as const;
export type JitActivityAction = (typeof JIT_ACTIVITY_ACTIONS)[number];

/** Which part of a workspace changed (the open screen refetches that part). */
export type JitArea = 'workspace' | 'members' | 'evidence' | 'requests' | 'tasks' | 'notes';

/** The `reason` extension of the FORBIDDEN error a caller without a second factor gets. */
export const JIT_MFA_REQUIRED = 'JIT_MFA_REQUIRED';

/** Socket events of the workspace room `jit:<id>`. */
export const JIT_EVENTS = {
  /** client → server, `{ workspaceId }`, ack JitJoinAck. */
  join: 'jit.join',
  /** client → server, `{ workspaceId }`. */
  leave: 'jit.leave',
  /** server → room, JitChangedEvent, after commit. */
  changed: 'jit.changed',
  /** server → user:<id>, `{ workspaceId }`: you were removed; forget the workspace. */
  removed: 'jit.removed',
} as const;

export interface JitChangedEvent {
  workspaceId: string;
  area: JitArea;
}

export type JitJoinAck = { ok: true } | { ok: false; error: { code: string; message: string } };

/** Where the api serves evidence files and exports (GET, session cookie). */
export const jitEvidenceFileUrl = (evidenceId: string) => `/api/jit/evidence/${evidenceId}/file`;
export const jitRegisterCsvUrl = (workspaceId: string) => `/api/jit/workspaces/${workspaceId}/evidence.csv`;
export const jitCustodyCsvUrl = (workspaceId: string) => `/api/jit/workspaces/${workspaceId}/custody.csv`;
