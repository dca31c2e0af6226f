import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CaseContent,
  DIGEST_LANGUAGES,
  DISCUSSION_LIMITS,
  DigestStatus,
  TRANSLATABLE_FIELDS,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import { DigestAccess } from '../access/digest.access.js';
import type { Principal } from '../access/principal.js';
import { ThreadsService } from '../discussions/threads.service.js';
import { FilesService } from '../files/files.service.js';
import {
  archivedReadOnly,
  badLanguage,
  cannotEdit,
  checkNote,
  contentProblems,
  digestCaseNotFound,
  digestRevisionNotFound,
  notPublishedYet,
  revisionConflict,
  sameAsOriginal,
} from './digest.errors.js';
import {
  CASE_COLUMNS,
  CASE_FROM,
  type CaseRow,
  DIGEST_CASE_OWNER,
  DIGEST_THREAD_LINK,
  type EventRow,
  normalizeContent,
  type RevisionRow,
  toCase,
  toSummary,
  type TranslationRow,
  type Viewer,
} from './digest.rows.js';
import { DigestValidator, toContent } from './digest.validation.js';
import { diffContent } from './diff.js';
import type { CaseContentInput, CaseTextInput } from './dto/digest.inputs.js';
import type {
  DigestCase,
  DigestCaseSummary,
  DigestFieldDiff,
  LocalizedCaseText,
} from './dto/digest.types.js';

const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);

/** Markdown-escapes plain text (the thread body is Markdown; a record's text is plain). */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');

/**
 * Case records: reading them as the caller may (DigestAccess, digest.rows `toCase`), creating and
 * saving (every save a numbered revision, optimistic on `expectedRevision`), translations, the
 * history (revisions, events, diff), related records, attachments and the discussion link. The
 * workflow transitions live in DigestWorkflowService.
 */
@Injectable()
export class DigestRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DigestAccess,
    private readonly validator: DigestValidator,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly threads: ThreadsService,
  ) {}

  viewer(principal: Principal): Viewer {
    return { userId: principal.userId, moderator: this.access.isModerator(principal) };
  }

  // ------------------------------------------------------------------ reading

  /** A record the caller may open (NOT_FOUND otherwise), with its published version. */
  async row(principal: Principal, id: unknown, manager?: EntityManager, lock = false): Promise<CaseRow> {
    if (!isId(id)) throw digestCaseNotFound();
    const rows: CaseRow[] = await (manager ?? this.db).query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM}
        WHERE c.id = $2 AND ${this.access.readableSql(principal, 'c', '$1')}
        ${lock ? 'FOR UPDATE OF c' : ''}`,
      [principal.userId, id],
    );
    if (!rows[0]) throw digestCaseNotFound();
    return rows[0];
  }

  async get(principal: Principal, id: unknown, manager?: EntityManager): Promise<DigestCase> {
    return toCase(await this.row(principal, id, manager), this.viewer(principal));
  }

  /** The caller's own records, most recently changed first. */
  async mine(principal: Principal): Promise<DigestCase[]> {
    const rows: CaseRow[] = await this.db.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.author_id = $1 ORDER BY c.updated_at DESC, c.id`,
      [principal.userId],
    );
    const viewer = this.viewer(principal);
    return rows.map((r) => toCase(r, viewer));
  }

  /** Moderators: records waiting for review, the longest waiting first. */
  async reviewQueue(principal: Principal): Promise<DigestCase[]> {
    const rows: CaseRow[] = await this.db.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.status = 'IN_REVIEW'
        ORDER BY c.submitted_at ASC NULLS LAST, c.id`,
    );
    const viewer = this.viewer(principal);
    return rows.map((r) => toCase(r, viewer));
  }

  /** Summaries of the records among `ids` the caller may open (related decisions), keyed by id. */
  async summaries(principal: Principal, ids: readonly string[]): Promise<Map<string, DigestCaseSummary>> {
    const wanted = [...new Set(ids)].filter(isId);
    if (wanted.length === 0) return new Map();
    const rows: CaseRow[] = await this.db.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM}
        WHERE c.id = ANY($2::uuid[]) AND ${this.access.readableSql(principal, 'c', '$1')}`,
      [principal.userId, wanted],
    );
    const viewer = this.viewer(principal);
    return new Map(rows.map((r) => [r.id, toSummary(r, viewer)]));
  }

  /** Workflow history of each record, oldest first (for records whose working copy the caller sees). */
  async eventsOf(caseIds: readonly string[]): Promise<Map<string, EventRow[]>> {
    const found = new Map<string, EventRow[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return found;
    const rows: EventRow[] = await this.db.query(
      `SELECT id::text AS id, case_id, kind, actor_id, revision, comment, at FROM digest_event
        WHERE case_id = ANY($1::uuid[]) ORDER BY id`,
      [[...new Set(caseIds)]],
    );
    for (const row of rows) found.get(row.case_id)?.push(row);
    return found;
  }

  /** Revisions of each record, newest first. */
  async revisionsOf(caseIds: readonly string[]): Promise<Map<string, RevisionRow[]>> {
    const found = new Map<string, RevisionRow[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return found;
    const rows: RevisionRow[] = await this.db.query(
      `SELECT case_id, number, editor_id, note, created_at FROM digest_revision
        WHERE case_id = ANY($1::uuid[]) ORDER BY number DESC`,
      [[...new Set(caseIds)]],
    );
    for (const row of rows) found.get(row.case_id)?.push(row);
    return found;
  }

  /** Translations of each record, in the order of DIGEST_LANGUAGES. */
  async translationsOf(caseIds: readonly string[]): Promise<Map<string, TranslationRow[]>> {
    const found = new Map<string, TranslationRow[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return found;
    const rows: TranslationRow[] = await this.db.query(
      `SELECT case_id, language, fields, translator_id, translated_at FROM digest_translation
        WHERE case_id = ANY($1::uuid[]) ORDER BY array_position($2::text[], language)`,
      [[...new Set(caseIds)], [...DIGEST_LANGUAGES]],
    );
    for (const row of rows) found.get(row.case_id)?.push(row);
    return found;
  }

  /** The content of one revision (author and moderators). */
  async revisionContent(principal: Principal, caseId: unknown, number: number): Promise<CaseContent> {
    await this.access.requireWorkingCopy(principal, caseId);
    const rows: { content: CaseContent }[] = await this.db.query(
      `SELECT content FROM digest_revision WHERE case_id = $1 AND number = $2`,
      [caseId, number],
    );
    if (!rows[0]) throw digestRevisionNotFound();
    return normalizeContent(rows[0].content);
  }

  /** The fields that differ between two revisions (author and moderators). */
  async diff(principal: Principal, caseId: unknown, from: number, to: number): Promise<DigestFieldDiff[]> {
    await this.access.requireWorkingCopy(principal, caseId);
    const rows: { number: number; content: CaseContent }[] = await this.db.query(
      `SELECT number, content FROM digest_revision WHERE case_id = $1 AND number = ANY($2::int[])`,
      [caseId, [from, to]],
    );
    const a = rows.find((r) => r.number === from);
    const b = rows.find((r) => r.number === to);
    if (!a || !b) throw digestRevisionNotFound();
    return diffContent(normalizeContent(a.content), normalizeContent(b.content));
  }

  /**
   * The text fields of the version `view` shows, in `language`: each translated field where the
   * translation has it, the original otherwise (listed in `fallbackFields`).
   */
  localized(view: DigestCase, language: string, translation: TranslationRow | null): LocalizedCaseText {
    if (!(DIGEST_LANGUAGES as readonly string[]).includes(language)) throw badLanguage();
    const content = view.content;
    const original = content.contentLanguage;
    const fields = language === original ? null : (translation?.fields ?? null);
    const fallbackFields: string[] = [];
    const pick = <T extends string | string[]>(field: (typeof TRANSLATABLE_FIELDS)[number], base: T): T => {
      if (language === original) return base;
      const value = fields?.[field];
      const present = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value !== '';
      if (present) return value as T;
      fallbackFields.push(field);
      return base;
    };
    const used = fields && translation;
    return {
      language,
      originalLanguage: original,
      title: pick('title', content.title),
      summary: pick('summary', content.summary),
      facts: pick('facts', content.facts),
      reasoning: pick('reasoning', content.reasoning),
      commentary: pick('commentary', content.commentary),
      goodPractices: pick('goodPractices', content.goodPractices),
      lessons: pick('lessons', content.lessons),
      fallbackFields,
      translator: null,
      translatorId: used ? translation.translator_id : null,
      translatedAt: used ? translation.translated_at : null,
    };
  }

  // ------------------------------------------------------------------ writing

  /** A new DRAFT by the caller: revision 1, event CREATED, audit `digest.case.created`. */
  async create(
    principal: Principal,
    input: CaseContentInput,
    attachmentIds: string[] = [],
  ): Promise<DigestCase> {
    const content = toContent(input);
    const id = await this.db.transaction(async (m) => {
      const problems = await this.validator.references(principal, content, { manager: m });
      if (problems.length) throw contentProblems(problems);
      const [row] = (await m.query(
        `INSERT INTO digest_case (author_id, content) VALUES ($1, $2) RETURNING id`,
        [principal.userId, content],
      )) as { id: string }[];
      const caseId = row!.id;
      await m.query(
        `INSERT INTO digest_revision (case_id, number, content, editor_id) VALUES ($1, 1, $2, $3)`,
        [caseId, content, principal.userId],
      );
      await this.event(m, caseId, 'CREATED', principal.userId, 1, null);
      if (attachmentIds.length) {
        await this.files.attach(principal, attachmentIds, { type: DIGEST_CASE_OWNER, id: caseId }, m);
      }
      await this.audit.record(
        {
          action: 'digest.case.created',
          actorId: principal.userId,
          targetType: 'digest_case',
          targetId: caseId,
        },
        m,
      );
      return caseId;
    });
    return this.get(principal, id);
  }

  /**
   * Saves the working copy as a new revision, made on the revision the editor saw
   * (`expectedRevision`; stale → CONFLICT). The author may save while DRAFT (or revise a PUBLISHED
   * record, which then goes back to DRAFT while members keep reading the published version);
   * moderators at any status but ARCHIVED. An unchanged content without new files saves nothing.
   */
  async update(
    principal: Principal,
    id: unknown,
    input: CaseContentInput,
    expectedRevision: number,
    note: string | null | undefined,
    attachmentIds: string[] = [],
  ): Promise<DigestCase> {
    const content = toContent(input);
    const cleanNote = checkNote(note);
    await this.db.transaction(async (m) => {
      const row = await this.row(principal, id, m, true);
      const viewer = this.viewer(principal);
      const view = toCase(row, viewer);
      // A member reading someone else's published record may not change it (it exists for them).
      if (!view.workingCopy) throw cannotEdit();
      if (row.status === DigestStatus.ARCHIVED) throw archivedReadOnly();
      if (!view.canEdit) throw cannotEdit();
      if (row.revision !== expectedRevision) throw revisionConflict();
      const problems = await this.validator.references(principal, content, {
        manager: m,
        previous: row.content,
        selfId: row.id,
      });
      if (problems.length) throw contentProblems(problems);
      const unchanged = diffContent(normalizeContent(row.content), normalizeContent(content)).length === 0;
      if (unchanged && attachmentIds.length === 0) return;
      const number = row.revision + 1;
      await m.query(
        `INSERT INTO digest_revision (case_id, number, content, editor_id, note) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, number, content, principal.userId, cleanNote],
      );
      // Revising a published record takes it back to DRAFT; IN_REVIEW stays in review (moderator edit).
      const status = row.status === DigestStatus.PUBLISHED ? DigestStatus.DRAFT : row.status;
      await m.query(
        `UPDATE digest_case SET content = $2, revision = $3, status = $4, updated_at = now() WHERE id = $1`,
        [row.id, content, number, status],
      );
      await this.event(m, row.id, 'SAVED', principal.userId, number, cleanNote);
      if (attachmentIds.length) {
        await this.files.attach(principal, attachmentIds, { type: DIGEST_CASE_OWNER, id: row.id }, m);
      }
    });
    return this.get(principal, id);
  }

  /**
   * Saves the translation of the text fields into `language` (its author for their own record,
   * moderators for any). Fields left empty fall back to the original; an all-empty translation is
   * removed.
   */
  async saveTranslation(
    principal: Principal,
    id: unknown,
    language: string,
    fields: CaseTextInput,
  ): Promise<DigestCase> {
    if (!(DIGEST_LANGUAGES as readonly string[]).includes(language)) throw badLanguage();
    await this.db.transaction(async (m) => {
      const row = await this.row(principal, id, m, true);
      const viewer = this.viewer(principal);
      const view = toCase(row, viewer);
      if (!view.workingCopy) throw cannotEdit();
      if (row.status === DigestStatus.ARCHIVED) throw archivedReadOnly();
      if (view.content.contentLanguage === language) throw sameAsOriginal();
      const kept: Record<string, string | string[]> = {};
      for (const field of TRANSLATABLE_FIELDS) {
        const value = fields[field];
        if (Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value !== '') {
          kept[field] = value as string | string[];
        }
      }
      if (Object.keys(kept).length === 0) {
        await m.query(`DELETE FROM digest_translation WHERE case_id = $1 AND language = $2`, [
          row.id,
          language,
        ]);
      } else {
        await m.query(
          `INSERT INTO digest_translation (case_id, language, fields, translator_id, translated_at)
           VALUES ($1, $2, $3, $4, now())
           ON CONFLICT (case_id, language) DO UPDATE
             SET fields = EXCLUDED.fields, translator_id = EXCLUDED.translator_id, translated_at = now()`,
          [row.id, language, kept, principal.userId],
        );
      }
      await this.event(m, row.id, 'TRANSLATED', principal.userId, null, language);
    });
    return this.get(principal, id);
  }

  /**
   * The discussion thread of a published record: the existing one, or a new thread in
   * `categoryId` (a category the caller can see) whose opening post links to the record, with a
   * `digest_case` link so the thread shows where it comes from.
   */
  async discuss(principal: Principal, id: unknown, categoryId: string): Promise<string> {
    return this.db.transaction(async (m) => {
      // Locked: two people asking at once get one thread.
      const row = await this.row(principal, id, m, true);
      if (row.published_revision === null || !row.published_content) throw notPublishedYet();
      if (row.thread_id) {
        const exists: unknown[] = await m.query(`SELECT 1 FROM discussion_thread WHERE id = $1`, [
          row.thread_id,
        ]);
        if (exists.length) return row.thread_id;
      }
      const published = normalizeContent(row.published_content);
      const L = DISCUSSION_LIMITS;
      let title = published.title;
      if (title.length < L.titleMin) title = `Case: ${title}`;
      if (title.length > L.titleMax) title = `${title.slice(0, L.titleMax - 1)}…`;
      const summary = published.summary.slice(0, 4000);
      const body = [
        `[Open the case record](/case-law/cases/${row.id})`,
        '',
        ...summary.split('\n').map((line) => `> ${escapeMarkdown(line)}`),
      ].join('\n');
      const thread = await this.threads.createThread(principal, {
        categoryId,
        title,
        body,
        tags: ['case-law'],
        countries: [published.country],
        caseReference: published.caseNumber?.slice(0, L.caseReferenceMax) ?? null,
        language: published.contentLanguage,
      });
      await m.query(
        `INSERT INTO discussion_thread_link (thread_id, target_type, target_id, created_by)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [thread.id, DIGEST_THREAD_LINK, row.id, principal.userId],
      );
      await m.query(`UPDATE digest_case SET thread_id = $2 WHERE id = $1`, [row.id, thread.id]);
      return thread.id;
    });
  }

  /**
   * Notification descriptions of the records among `ids` the reader may still open: the title they
   * read, and for the author the moderator's comment.
   */
  async describe(
    principal: Principal,
    ids: string[],
  ): Promise<Map<string, { title: string; excerpt: string | null }>> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return new Map();
    const rows: CaseRow[] = await this.db.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM}
        WHERE c.id = ANY($2::uuid[]) AND ${this.access.readableSql(principal, 'c', '$1')}`,
      [principal.userId, wanted],
    );
    const viewer = this.viewer(principal);
    return new Map(
      rows.map((r) => {
        const view = toCase(r, viewer);
        return [r.id, { title: view.content.title, excerpt: view.reviewComment }];
      }),
    );
  }

  /** Of `caseIds`, those whose attachments `principal` may download (the records they may open). */
  visibleForFiles(principal: Principal, caseIds: string[]): Promise<Set<string>> {
    return this.access.readableIds(principal, caseIds);
  }

  async event(
    m: EntityManager,
    caseId: string,
    kind: string,
    actorId: string | null,
    revision: number | null,
    comment: string | null,
  ): Promise<void> {
    await m.query(
      `INSERT INTO digest_event (case_id, kind, actor_id, revision, comment) VALUES ($1, $2, $3, $4, $5)`,
      [caseId, kind, actorId, revision, comment],
    );
  }
}
