import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JitAccess, type JitMembership } from '../access/jit.access.js';
import type { Principal } from '../access/principal.js';
import { JitActivityService } from './activity.service.js';
import type { JitNoteInput, JitNoteUpdateInput } from './dto/jit.inputs.js';
import { noteConflict, noteNotFound } from './jit.errors.js';
import { NOTE_COLUMNS, type NoteRow, type RevisionRow } from './jit.rows.js';

/**
 * Notes (strategy, meeting minutes, general) in Markdown. Every change is made on the version the
 * writer saw (`expectedVersion`; a stale one answers CONFLICT) and keeps the previous version as a
 * revision.
 */
@Injectable()
export class JitNotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly activity: JitActivityService,
  ) {}

  /** Most recently changed first. */
  async list(principal: Principal, workspaceId: string): Promise<NoteRow[]> {
    await this.access.requireMember(principal, workspaceId);
    return this.db.query(
      `SELECT ${NOTE_COLUMNS} FROM jit_note n WHERE n.workspace_id = $1 ORDER BY n.updated_at DESC, n.id`,
      [workspaceId],
    );
  }

  async get(principal: Principal, id: unknown): Promise<NoteRow> {
    await this.access.requireMfa(principal);
    return (await this.find(this.db.manager, principal, id, false)).row;
  }

  /** Previous versions of each note, newest first. */
  async revisionsOf(noteIds: readonly string[]): Promise<Map<string, RevisionRow[]>> {
    const found = new Map<string, RevisionRow[]>(noteIds.map((id) => [id, []]));
    if (noteIds.length === 0) return found;
    const rows: RevisionRow[] = await this.db.query(
      `SELECT note_id, version, kind, title, body, edited_by, edited_at FROM jit_note_revision
        WHERE note_id = ANY($1::uuid[]) ORDER BY version DESC`,
      [[...new Set(noteIds)]],
    );
    for (const row of rows) found.get(row.note_id)?.push(row);
    return found;
  }

  async create(principal: Principal, input: JitNoteInput): Promise<NoteRow> {
    await this.access.requireWriter(principal, input.workspaceId);
    const id = await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM jit_workspace WHERE id = $1 FOR SHARE`, [input.workspaceId]);
      const membership = await this.access.membership(principal.userId, input.workspaceId, m);
      if (!membership) throw noteNotFound();
      this.access.assertWriter(membership);
      const [row] = (await m.query(
        `INSERT INTO jit_note (workspace_id, kind, title, body, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
        [input.workspaceId, input.kind, input.title, input.body, principal.userId],
      )) as { id: string }[];
      await this.activity.record(m, {
        workspaceId: input.workspaceId,
        actorId: principal.userId,
        action: 'note.created',
        subjectType: 'note',
        subjectId: row!.id,
        summary: input.title,
      });
      return row!.id;
    });
    this.activity.changed(input.workspaceId, 'notes');
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: JitNoteUpdateInput): Promise<NoteRow> {
    await this.access.requireMfa(principal);
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      if (current.version !== input.expectedVersion) throw noteConflict();
      const kind = input.kind ?? current.kind;
      const title = input.title ?? current.title;
      const body = input.body ?? current.body;
      if (kind === current.kind && title === current.title && body === current.body) {
        return current.workspace_id;
      }
      await m.query(
        `INSERT INTO jit_note_revision (note_id, version, kind, title, body, edited_by, edited_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          current.version,
          current.kind,
          current.title,
          current.body,
          current.updated_by,
          current.updated_at,
        ],
      );
      await m.query(
        `UPDATE jit_note SET kind = $2, title = $3, body = $4, version = version + 1, updated_by = $5,
                updated_at = now() WHERE id = $1`,
        [id, kind, title, body, principal.userId],
      );
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'note.updated',
        subjectType: 'note',
        subjectId: id,
        summary: title,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'notes');
    return this.get(principal, id);
  }

  /** A note of a workspace the caller is a current member of (JitAccess.findInWorkspace). */
  private find(
    m: EntityManager,
    principal: Principal,
    id: unknown,
    write: boolean,
  ): Promise<{ row: NoteRow; membership: JitMembership }> {
    return this.access.findInWorkspace<NoteRow>(
      m,
      principal,
      { table: 'jit_note', alias: 'n', columns: NOTE_COLUMNS, id, write },
      noteNotFound,
    );
  }
}
