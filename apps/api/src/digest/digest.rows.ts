import { type CaseContent, DigestStatus } from '@cop/contracts';
import type { Principal } from '../access/principal.js';
import type {
  CaseContent as CaseContentType,
  DigestCase,
  DigestCaseSummary,
  DigestEvent,
  DigestEventKind,
  DigestRevision,
  DigestTerm,
  DigestTranslation,
  TaxonomyKind,
} from './dto/digest.types.js';

/** The owner type of judgment files (files/) attached to a record. */
export const DIGEST_CASE_OWNER = 'digest_case';
/** The notification subject type of a record (returned, published). */
export const DIGEST_CASE_SUBJECT = 'digest_case';
/** The target type of a discussion thread linked to a record. */
export const DIGEST_THREAD_LINK = 'digest_case';

/** A record with its published version (`published_content`, null if never published). */
export const CASE_COLUMNS = `c.id, c.status, c.author_id, c.content, c.revision, c.published_revision,
  c.review_comment, c.thread_id, c.created_at, c.updated_at, c.submitted_at, c.published_at,
  c.archived_at, pr.content AS published_content`;
export const CASE_FROM = `digest_case c
  LEFT JOIN digest_revision pr ON pr.case_id = c.id AND pr.number = c.published_revision`;

export interface CaseRow {
  id: string;
  status: DigestStatus;
  author_id: string | null;
  content: CaseContent;
  revision: number;
  published_revision: number | null;
  review_comment: string | null;
  thread_id: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  published_at: Date | null;
  archived_at: Date | null;
  published_content: CaseContent | null;
}

export interface EventRow {
  id: string;
  case_id: string;
  kind: DigestEventKind;
  actor_id: string | null;
  revision: number | null;
  comment: string | null;
  at: Date;
}

export interface RevisionRow {
  case_id: string;
  number: number;
  editor_id: string | null;
  note: string | null;
  created_at: Date;
}

export interface TranslationRow {
  case_id: string;
  language: string;
  fields: Record<string, unknown>;
  translator_id: string | null;
  translated_at: Date;
}

export interface TermRow {
  id: string;
  kind: TaxonomyKind;
  code: string;
  names: Record<string, string>;
  position: number;
  archived_at: Date | null;
}

/** What the caller may do with a record, and which version they read. */
export interface Viewer {
  userId: string;
  moderator: boolean;
}

export const viewerOf = (principal: Pick<Principal, 'userId' | 'role'>, moderator: boolean): Viewer => ({
  userId: principal.userId,
  moderator,
});

/** The caller sees the working copy (author or moderator). */
export const seesWorkingCopy = (row: Pick<CaseRow, 'author_id'>, viewer: Viewer) =>
  viewer.moderator || (row.author_id !== null && row.author_id === viewer.userId);

/**
 * Fills what older or partial documents may lack, so the GraphQL type always resolves (content is
 * only ever written validated; this guards against hand-edited rows).
 */
export function normalizeContent(content: CaseContent): CaseContentType {
  const c = content as Partial<CaseContent>;
  return {
    title: c.title ?? '',
    country: c.country ?? '',
    jurisdiction: c.jurisdiction ?? null,
    court: c.court ?? '',
    courtLevel: c.courtLevel ?? 'OTHER',
    caseNumber: c.caseNumber ?? null,
    decisionDate: c.decisionDate ?? '',
    proceduralStage: c.proceduralStage ?? 'FIRST_INSTANCE',
    relatedCaseIds: c.relatedCaseIds ?? [],
    legalSystem: c.legalSystem ?? 'OTHER',
    decisionLanguage: c.decisionLanguage ?? '',
    contentLanguage: c.contentLanguage ?? 'en',
    offences: c.offences ?? [],
    protocolArticles: c.protocolArticles ?? [],
    conventionArticles: c.conventionArticles ?? [],
    weapons: (c.weapons ?? []).map((w) => ({ type: w.type, quantity: w.quantity ?? null })),
    modusOperandi: c.modusOperandi ?? [],
    route: c.route ?? [],
    defendants: (c.defendants ?? []).map((d) => ({
      label: d.label,
      role: d.role ?? null,
      charges: d.charges ?? [],
      verdict: d.verdict ?? null,
      sentenceMonths: d.sentenceMonths ?? null,
      fine: d.fine ?? null,
      confiscation: d.confiscation ?? null,
    })),
    outcome: c.outcome ?? 'OTHER',
    summary: c.summary ?? '',
    facts: c.facts ?? '',
    reasoning: c.reasoning ?? '',
    commentary: c.commentary ?? '',
    goodPractices: c.goodPractices ?? [],
    lessons: c.lessons ?? [],
    keywords: c.keywords ?? [],
    sources: (c.sources ?? []).map((s) => ({ url: s.url ?? null, citation: s.citation })),
  };
}

/**
 * The record as the viewer may see it: author and moderators get the working copy and its
 * workflow state; other members the published version (status PUBLISHED or ARCHIVED) and nothing
 * of the revision in progress. Call it only for a row the viewer may open (DigestAccess).
 */
export function toCase(row: CaseRow, viewer: Viewer): DigestCase {
  const working = seesWorkingCopy(row, viewer);
  const archived = row.status === DigestStatus.ARCHIVED;
  const own = row.author_id !== null && row.author_id === viewer.userId;
  const published = row.published_content ? normalizeContent(row.published_content) : null;
  const common = {
    id: row.id,
    authorId: row.author_id,
    author: null,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    archivedAt: row.archived_at,
    publishedRevision: row.published_revision,
    archived,
    published,
    threadId: row.thread_id,
    canModerate: viewer.moderator,
    workingCopy: working,
  };
  if (working) {
    return {
      ...common,
      status: row.status,
      updatedAt: row.updated_at,
      submittedAt: row.submitted_at,
      revision: row.revision,
      content: normalizeContent(row.content),
      reviewComment: row.review_comment,
      canEdit:
        !archived &&
        (viewer.moderator ||
          (own && (row.status === DigestStatus.DRAFT || row.status === DigestStatus.PUBLISHED))),
      canSubmit: row.status === DigestStatus.DRAFT,
    };
  }
  return {
    ...common,
    status: archived ? DigestStatus.ARCHIVED : DigestStatus.PUBLISHED,
    updatedAt: row.published_at ?? row.updated_at,
    submittedAt: null,
    revision: row.published_revision ?? 0,
    content: published ?? normalizeContent(row.content),
    reviewComment: null,
    canEdit: false,
    canSubmit: false,
  };
}

/** The list form of a record as the viewer may see it. */
export function toSummary(row: CaseRow, viewer: Viewer): DigestCaseSummary {
  const view = toCase(row, viewer);
  return {
    id: view.id,
    title: view.content.title,
    country: view.content.country,
    court: view.content.court,
    courtLevel: view.content.courtLevel,
    caseNumber: view.content.caseNumber,
    decisionDate: view.content.decisionDate,
    outcome: view.content.outcome,
    status: view.status,
    archived: view.archived,
  };
}

export const toEvent = (r: EventRow): DigestEvent => ({
  id: String(r.id),
  kind: r.kind,
  actor: null,
  actorId: r.actor_id,
  revision: r.revision,
  comment: r.comment,
  at: r.at,
});

export const toRevision = (r: RevisionRow): DigestRevision => ({
  number: r.number,
  editor: null,
  editorId: r.editor_id,
  note: r.note,
  createdAt: r.created_at,
});

export const toTranslation = (r: TranslationRow): DigestTranslation => ({
  language: r.language,
  fields: r.fields as DigestTranslation['fields'],
  translator: null,
  translatorId: r.translator_id,
  translatedAt: r.translated_at,
});

export const toTerm = (r: TermRow): DigestTerm => ({
  id: r.id,
  kind: r.kind,
  code: r.code,
  names: Object.entries(r.names).map(([language, text]) => ({ language, text })),
  position: r.position,
  archived: r.archived_at !== null,
});
