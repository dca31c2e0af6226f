import type { CustodyAction, EvidenceIntegrity, EvidenceType } from '@cop/contracts';
import type { JitCustodyEvent, JitEvidence } from './dto/evidence.types.js';

/** The owner type of evidence files in files/ (served only by the JIT domain). */
export const EVIDENCE_SUBJECT = 'jit_evidence';

/** Columns of an evidence row, for `FROM jit_evidence e`. */
export const EVIDENCE_COLUMNS = `e.id, e.workspace_id, e.number, e.title, e.description, e.type, e.origin_country,
  e.collected_by, e.collected_at, e.legal_basis, e.classification, e.file_id, e.sha256, e.size,
  e.custodian_id, e.sealed_at, e.sealed_by, e.integrity, e.last_verified_at, e.created_by,
  e.created_at, e.updated_at`;

export interface EvidenceRow {
  id: string;
  workspace_id: string;
  number: number;
  title: string;
  description: string | null;
  type: EvidenceType;
  origin_country: string;
  collected_by: string | null;
  collected_at: Date | null;
  legal_basis: string | null;
  classification: string;
  file_id: string;
  sha256: string;
  /** bigint, as text. */
  size: string | number;
  custodian_id: string | null;
  sealed_at: Date | null;
  sealed_by: string | null;
  integrity: EvidenceIntegrity;
  last_verified_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

/** What a custody event says beyond who, when and what (jsonb `details`). */
export interface CustodyDetails {
  sha256?: string | null;
  size?: number;
  fields?: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  from?: string | null;
  to?: string;
  expected?: string;
  format?: 'csv' | 'print';
  export?: 'register' | 'custody';
  reason?: string;
  missing?: boolean;
}

export interface CustodyRow {
  /** bigint, as text. */
  id: string;
  workspace_id: string;
  evidence_id: string | null;
  evidence_number: number | null;
  evidence_title: string | null;
  action: CustodyAction;
  actor_id: string | null;
  session_ref: string | null;
  details: CustodyDetails;
  at: Date;
}

/** Columns of a custody row with its item's number and title, for `FROM jit_custody_event c LEFT JOIN jit_evidence e`. */
export const CUSTODY_COLUMNS = `c.id, c.workspace_id, c.evidence_id, e.number AS evidence_number,
  e.title AS evidence_title, c.action, c.actor_id, c.session_ref, c.details, c.at`;

export function toEvidence(row: EvidenceRow): JitEvidence {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    number: row.number,
    title: row.title,
    description: row.description,
    type: row.type,
    originCountry: row.origin_country,
    collectedBy: row.collected_by,
    collectedAt: row.collected_at,
    legalBasis: row.legal_basis,
    classification: row.classification,
    sealed: row.sealed_at !== null,
    sealedAt: row.sealed_at,
    integrity: row.integrity,
    lastVerifiedAt: row.last_verified_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    fileId: row.file_id,
    sha256: row.sha256,
    size: Number(row.size),
    custodianId: row.custodian_id,
    sealedById: row.sealed_by,
    createdById: row.created_by,
  };
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toCustodyEvent(row: CustodyRow): JitCustodyEvent {
  const d = row.details ?? {};
  return {
    id: String(row.id),
    evidenceId: row.evidence_id,
    evidenceNumber: row.evidence_number,
    evidenceTitle: row.evidence_title,
    action: row.action,
    at: row.at,
    sessionRef: row.session_ref,
    fields: Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string') : null,
    sha256: text(d.sha256),
    format: text(d.format),
    reason: text(d.reason),
    actorId: row.actor_id,
    fromMemberId: text(d.from),
    toMemberId: text(d.to),
  };
}
