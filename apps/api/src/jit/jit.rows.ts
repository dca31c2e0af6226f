import {
  CLOSED_REQUEST_STATUSES,
  JitRole,
  JitStatus,
  type JitNoteKind,
  type JitTaskStatus,
  type LegalRequestEventKind,
  type LegalRequestStatus,
  type LegalRequestType,
} from '@cop/contracts';
import type {
  FirearmTrace,
  JitActivity,
  JitComment,
  JitExtension,
  JitMember,
  JitNote,
  JitNoteRevision,
  JitTask,
  JitWorkspace,
  LegalRequest,
  LegalRequestEvent,
} from './dto/jit.types.js';
import type { ActivityRow } from './activity.service.js';

/** Owner / subject type of a legal request (notifications). */
export const JIT_REQUEST_SUBJECT = 'jit_request';

/** Today's date in UTC, as PostgreSQL computes it in every JIT statement. */
export const TODAY_SQL = `(now() AT TIME ZONE 'UTC')::date`;

/** The statuses after which a request is no longer waited for, as a SQL list. */
export const CLOSED_REQUEST_SQL = `(${CLOSED_REQUEST_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * A workspace as one member sees it (`me` is their jit_member row): dates as YYYY-MM-DD, the
 * participating countries without a leader, and its channel.
 */
export const WORKSPACE_SELECT = `
  SELECT w.id, w.name, w.reference, w.purpose, w.countries,
         w.agreement_signed_on::text AS agreement_signed_on, w.agreement_ends_on::text AS agreement_ends_on,
         w.status, w.phase_note, w.created_at, w.updated_at, w.last_activity_at,
         me.role AS my_role, me.country AS my_country,
         ARRAY(SELECT c FROM unnest(w.countries) c
                WHERE NOT EXISTS (SELECT 1 FROM jit_member l
                                   WHERE l.workspace_id = w.id AND l.role = 'LEADER' AND l.country = c)
                ORDER BY c) AS missing_leader_countries,
         (SELECT ch.id FROM conversation ch WHERE ch.jit_workspace_id = w.id) AS channel_id
    FROM jit_member me JOIN jit_workspace w ON w.id = me.workspace_id`;

export interface WorkspaceRow {
  id: string;
  name: string;
  reference: string | null;
  purpose: string | null;
  countries: string[];
  agreement_signed_on: string | null;
  agreement_ends_on: string | null;
  status: JitStatus;
  phase_note: string | null;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
  my_role: JitRole;
  my_country: string;
  missing_leader_countries: string[];
  channel_id: string | null;
  /** Staff who created it for someone else: shown once, with no rights. */
  outsider?: boolean;
}

export function toWorkspace(row: WorkspaceRow): JitWorkspace {
  const open = row.status !== JitStatus.CLOSED && !row.outsider;
  return {
    id: row.id,
    name: row.name,
    reference: row.reference,
    purpose: row.purpose,
    countries: row.countries,
    agreementSignedOn: row.agreement_signed_on,
    agreementEndsOn: row.agreement_ends_on,
    status: row.status,
    phaseNote: row.phase_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
    myRole: row.my_role,
    myCountry: row.my_country,
    canWrite: open && row.my_role !== JitRole.OBSERVER,
    canManage: open && row.my_role === JitRole.LEADER,
    missingLeaderCountries: row.missing_leader_countries,
    channelId: row.channel_id,
  };
}

export interface MemberRow {
  workspace_id: string;
  user_id: string;
  role: JitRole;
  country: string;
  added_at: Date;
}

export function toJitMember(row: MemberRow): Omit<JitMember, 'member'> {
  return { userId: row.user_id, role: row.role, country: row.country, addedAt: row.added_at };
}

export interface ExtensionRow {
  id: string;
  workspace_id: string;
  previous_ends_on: string | null;
  new_ends_on: string;
  reason: string | null;
  extended_by: string | null;
  extended_at: Date;
}

export function toExtension(row: ExtensionRow): Omit<JitExtension, 'extendedBy'> {
  return {
    id: row.id,
    previousEndsOn: row.previous_ends_on,
    newEndsOn: row.new_ends_on,
    reason: row.reason,
    extendedById: row.extended_by,
    extendedAt: row.extended_at,
  };
}

export interface CountsRow {
  workspace_id: string;
  members: number;
  evidence: number;
  open_requests: number;
  overdue_requests: number;
  open_tasks: number;
}

/** Columns of a request row, for `FROM jit_request r`. */
export const REQUEST_COLUMNS = `r.id, r.workspace_id, r.type, r.status, r.subject, r.requesting_country,
  r.requesting_authority, r.requested_country, r.requested_authority, r.requesting_reference,
  r.requested_reference, r.drafted_on::text AS drafted_on, r.sent_on::text AS sent_on,
  r.acknowledged_on::text AS acknowledged_on, r.due_on::text AS due_on, r.answered_on::text AS answered_on,
  r.responsible_id, r.tracing, r.created_by, r.created_at, r.updated_at,
  (r.due_on < ${TODAY_SQL} AND r.status NOT IN ${CLOSED_REQUEST_SQL}) AS overdue`;

export interface RequestRow {
  id: string;
  workspace_id: string;
  type: LegalRequestType;
  status: LegalRequestStatus;
  subject: string;
  requesting_country: string;
  requesting_authority: string | null;
  requested_country: string;
  requested_authority: string | null;
  requesting_reference: string | null;
  requested_reference: string | null;
  drafted_on: string | null;
  sent_on: string | null;
  acknowledged_on: string | null;
  due_on: string | null;
  answered_on: string | null;
  responsible_id: string | null;
  tracing: Partial<FirearmTrace> | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  overdue: boolean | null;
}

const TRACE_FIELDS = [
  'manufacturer',
  'model',
  'calibre',
  'serialNumber',
  'countryOfManufacture',
  'importMarking',
] as const;

export function toTrace(value: Partial<FirearmTrace> | null | undefined): FirearmTrace | null {
  if (!value) return null;
  const trace = Object.fromEntries(TRACE_FIELDS.map((f) => [f, value[f] ?? null])) as unknown as FirearmTrace;
  return TRACE_FIELDS.some((f) => trace[f] !== null) ? trace : null;
}

export function toRequest(row: RequestRow): Omit<LegalRequest, 'responsible' | 'createdBy'> {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    type: row.type,
    status: row.status,
    subject: row.subject,
    requestingCountry: row.requesting_country,
    requestingAuthority: row.requesting_authority,
    requestedCountry: row.requested_country,
    requestedAuthority: row.requested_authority,
    requestingReference: row.requesting_reference,
    requestedReference: row.requested_reference,
    draftedOn: row.drafted_on,
    sentOn: row.sent_on,
    acknowledgedOn: row.acknowledged_on,
    dueOn: row.due_on,
    answeredOn: row.answered_on,
    responsibleId: row.responsible_id,
    overdue: row.overdue === true,
    tracing: toTrace(row.tracing),
    createdById: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface RequestEventRow {
  id: string;
  request_id: string;
  kind: LegalRequestEventKind;
  actor_id: string | null;
  from_status: LegalRequestStatus | null;
  to_status: LegalRequestStatus | null;
  comment: string | null;
  details: { fields?: string[] } | null;
  at: Date;
}

export function toRequestEvent(row: RequestEventRow): Omit<LegalRequestEvent, 'actor'> {
  return {
    id: row.id,
    kind: row.kind,
    actorId: row.actor_id,
    at: row.at,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    comment: row.comment,
    fields: Array.isArray(row.details?.fields) ? row.details.fields : null,
  };
}

/** Columns of a task row, for `FROM jit_task t`. */
export const TASK_COLUMNS = `t.id, t.workspace_id, t.title, t.description, t.assignee_id,
  t.due_on::text AS due_on, t.status, t.created_by, t.created_at, t.updated_at,
  (t.due_on < ${TODAY_SQL} AND t.status IN ('OPEN', 'IN_PROGRESS')) AS overdue`;

export interface TaskRow {
  id: string;
  workspace_id: string;
  title: string;
  description: string | null;
  assignee_id: string | null;
  due_on: string | null;
  status: JitTaskStatus;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  overdue: boolean | null;
}

export function toTask(row: TaskRow): Omit<JitTask, 'assignee' | 'createdBy'> {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    description: row.description,
    assigneeId: row.assignee_id,
    dueOn: row.due_on,
    status: row.status,
    overdue: row.overdue === true,
    createdById: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface CommentRow {
  id: string;
  task_id: string;
  author_id: string | null;
  body: string;
  created_at: Date;
}

export function toComment(row: CommentRow): Omit<JitComment, 'author'> {
  return { id: row.id, authorId: row.author_id, body: row.body, createdAt: row.created_at };
}

export const NOTE_COLUMNS = `n.id, n.workspace_id, n.kind, n.title, n.body, n.version, n.created_by,
  n.updated_by, n.created_at, n.updated_at`;

export interface NoteRow {
  id: string;
  workspace_id: string;
  kind: JitNoteKind;
  title: string;
  body: string;
  version: number;
  created_by: string | null;
  updated_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export function toNote(row: NoteRow): Omit<JitNote, 'createdBy' | 'updatedBy'> {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    version: row.version,
    createdById: row.created_by,
    updatedById: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface RevisionRow {
  note_id: string;
  version: number;
  kind: JitNoteKind;
  title: string;
  body: string;
  edited_by: string | null;
  edited_at: Date;
}

export function toRevision(row: RevisionRow): Omit<JitNoteRevision, 'editedBy'> {
  return {
    version: row.version,
    title: row.title,
    body: row.body,
    editedById: row.edited_by,
    editedAt: row.edited_at,
  };
}

export function toActivity(row: ActivityRow): Omit<JitActivity, 'actor'> {
  return {
    id: row.id,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    summary: row.summary,
    at: row.at,
  };
}
