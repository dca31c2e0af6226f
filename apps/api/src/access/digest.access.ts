import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DigestStatus, Role } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-error.js';
import type { Principal } from './principal.js';

/** The columns of `digest_case` the access rules look at. */
export interface DigestCaseAccessRow {
  id: string;
  status: DigestStatus;
  author_id: string | null;
  published_revision: number | null;
}

export const digestCaseNotFound = () => notFound('case record');
export const digestRevisionNotFound = () => notFound('revision');
export const digestTermNotFound = () => notFound('term');

const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);

/**
 * Who may see what of a case-law record. The working copy, revisions, events and the review
 * comment are for the record's author and for moderators (and admins). An ordinary member sees a
 * record only once it has a published version, and then reads that published version, never the
 * working copy — also while the author revises it. A record never published and not the caller's
 * answers exactly like a missing or malformed id (NOT_FOUND). Archived records stay readable by
 * their link (search, counts and facets leave them out: the search service filters on
 * `digest_published.archived`).
 */
@Injectable()
export class DigestAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Moderators and admins review, publish, archive, edit any record and manage the taxonomy. */
  isModerator(principal: Pick<Principal, 'role'>): boolean {
    return principal.role === Role.MODERATOR || principal.role === Role.ADMIN;
  }

  /** The working copy (and revisions, events, review comment): its author and moderators. */
  canSeeWorkingCopy(
    principal: Pick<Principal, 'role' | 'userId'>,
    row: Pick<DigestCaseAccessRow, 'author_id'>,
  ) {
    return this.isModerator(principal) || (row.author_id !== null && row.author_id === principal.userId);
  }

  /** Whether the caller may open the record at all (see the class comment). */
  canRead(
    principal: Pick<Principal, 'role' | 'userId'>,
    row: Pick<DigestCaseAccessRow, 'author_id' | 'published_revision'>,
  ): boolean {
    return this.canSeeWorkingCopy(principal, row) || row.published_revision !== null;
  }

  /**
   * A SQL condition: the record aliased `alias` (a `digest_case`) is one the caller may open. For
   * moderators every record; for others a published one or their own. `userParam` is the bind
   * parameter holding the caller's id (e.g. `$1`).
   */
  readableSql(principal: Pick<Principal, 'role'>, alias: string, userParam: string): string {
    // Moderators: every record (the parameter is still used, so its type is known).
    if (this.isModerator(principal)) return `(${userParam}::uuid IS NOT NULL)`;
    return `(${alias}.published_revision IS NOT NULL OR ${alias}.author_id = ${userParam}::uuid)`;
  }

  /**
   * A SQL condition: the caller sees the working copy of `alias` (author or moderator).
   */
  workingCopySql(principal: Pick<Principal, 'role'>, alias: string, userParam: string): string {
    if (this.isModerator(principal)) return `(${userParam}::uuid IS NOT NULL)`;
    return `(${alias}.author_id = ${userParam}::uuid)`;
  }

  /**
   * The record's access row if the caller may open it, NOT_FOUND otherwise (missing, malformed id,
   * never published and not theirs). With `lock`, the row is locked for update.
   */
  async requireReadable(
    principal: Principal,
    id: unknown,
    manager?: EntityManager,
    lock = false,
  ): Promise<DigestCaseAccessRow> {
    if (!isId(id)) throw digestCaseNotFound();
    const rows: DigestCaseAccessRow[] = await (manager ?? this.db).query(
      `SELECT c.id, c.status, c.author_id, c.published_revision FROM digest_case c
        WHERE c.id = $2 AND ${this.readableSql(principal, 'c', '$1')} ${lock ? 'FOR UPDATE' : ''}`,
      [principal.userId, id],
    );
    const row = rows[0];
    if (!row) throw digestCaseNotFound();
    return row;
  }

  /** As `requireReadable`, but the caller must see the working copy (author or moderator). */
  async requireWorkingCopy(
    principal: Principal,
    id: unknown,
    manager?: EntityManager,
    lock = false,
  ): Promise<DigestCaseAccessRow> {
    const row = await this.requireReadable(principal, id, manager, lock);
    if (!this.canSeeWorkingCopy(principal, row)) throw digestCaseNotFound();
    return row;
  }

  /** Of `caseIds`, those the caller may open (attachments, related records). */
  async readableIds(principal: Principal, caseIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(caseIds)].filter(isId);
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT c.id FROM digest_case c WHERE c.id = ANY($2::uuid[]) AND ${this.readableSql(principal, 'c', '$1')}`,
      [principal.userId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
