import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JIT_LIMITS as L, type JitTaskStatus } from '@cop/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { JitAccess, type JitMembership } from '../access/jit.access.js';
import type { Principal } from '../access/principal.js';
import { JitActivityService } from './activity.service.js';
import type { JitTaskInput, JitTaskUpdateInput } from './dto/jit.inputs.js';
import { emptyText, notAWriter, taskNotFound, tooLong } from './jit.errors.js';
import { type CommentRow, TASK_COLUMNS, type TaskRow } from './jit.rows.js';

const EDITABLE = [
  ['title', 'title'],
  ['description', 'description'],
  ['assigneeId', 'assignee_id'],
  ['dueOn', 'due_on'],
] as const;

/** Tasks of the team: assignee (a member who writes), due date, status and comments. */
@Injectable()
export class JitTasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly activity: JitActivityService,
  ) {}

  /** Open and in-progress first, then by due date, then newest. */
  async list(principal: Principal, workspaceId: string): Promise<TaskRow[]> {
    await this.access.requireMember(principal, workspaceId);
    return this.db.query(
      `SELECT ${TASK_COLUMNS} FROM jit_task t WHERE t.workspace_id = $1
        ORDER BY t.status IN ('OPEN', 'IN_PROGRESS') DESC, t.due_on NULLS LAST, t.created_at DESC, t.id`,
      [workspaceId],
    );
  }

  async get(principal: Principal, id: unknown): Promise<TaskRow> {
    await this.access.requireMfa(principal);
    return (await this.find(this.db.manager, principal, id, false)).row;
  }

  async commentsOf(taskIds: readonly string[]): Promise<Map<string, CommentRow[]>> {
    const found = new Map<string, CommentRow[]>(taskIds.map((id) => [id, []]));
    if (taskIds.length === 0) return found;
    const rows: CommentRow[] = await this.db.query(
      `SELECT id, task_id, author_id, body, created_at FROM jit_task_comment
        WHERE task_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [[...new Set(taskIds)]],
    );
    for (const row of rows) found.get(row.task_id)?.push(row);
    return found;
  }

  async create(principal: Principal, input: JitTaskInput): Promise<TaskRow> {
    await this.access.requireWriter(principal, input.workspaceId);
    const id = await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM jit_workspace WHERE id = $1 FOR SHARE`, [input.workspaceId]);
      const membership = await this.access.membership(principal.userId, input.workspaceId, m);
      if (!membership) throw taskNotFound();
      this.access.assertWriter(membership);
      if (input.assigneeId) await this.requireAssignee(m, input.workspaceId, input.assigneeId);
      const [row] = (await m.query(
        `INSERT INTO jit_task (workspace_id, title, description, assignee_id, due_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          input.workspaceId,
          input.title,
          input.description ?? null,
          input.assigneeId ?? null,
          input.dueOn ?? null,
          principal.userId,
        ],
      )) as { id: string }[];
      await this.activity.record(m, {
        workspaceId: input.workspaceId,
        actorId: principal.userId,
        action: 'task.created',
        subjectType: 'task',
        subjectId: row!.id,
        summary: input.title,
      });
      return row!.id;
    });
    this.activity.changed(input.workspaceId, 'tasks');
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: JitTaskUpdateInput): Promise<TaskRow> {
    await this.access.requireMfa(principal);
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      const next: Record<string, unknown> = {};
      for (const [field, column] of EDITABLE) {
        const value = input[field];
        if (value === undefined || value === current[column]) continue;
        if (field === 'assigneeId' && value) await this.requireAssignee(m, current.workspace_id, value);
        next[column] = value;
      }
      const columns = Object.keys(next);
      if (columns.length === 0) return current.workspace_id;
      await m.query(
        `UPDATE jit_task SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
          WHERE id = $1`,
        [id, ...columns.map((c) => next[c])],
      );
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'task.updated',
        subjectType: 'task',
        subjectId: id,
        summary: (next.title as string | undefined) ?? current.title,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'tasks');
    return this.get(principal, id);
  }

  async setStatus(principal: Principal, id: string, status: JitTaskStatus): Promise<TaskRow> {
    await this.access.requireMfa(principal);
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      if (current.status === status) return current.workspace_id;
      await m.query(`UPDATE jit_task SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'task.status_changed',
        subjectType: 'task',
        subjectId: id,
        summary: current.title,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'tasks');
    return this.get(principal, id);
  }

  async comment(principal: Principal, id: string, body: string): Promise<TaskRow> {
    await this.access.requireMfa(principal);
    const text = typeof body === 'string' ? body.trim() : '';
    if (!text) throw emptyText('body', 'Write a comment.');
    if (text.length > L.commentMax) throw tooLong('body', L.commentMax);
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      await m.query(`INSERT INTO jit_task_comment (task_id, author_id, body) VALUES ($1, $2, $3)`, [
        id,
        principal.userId,
        text,
      ]);
      await m.query(`UPDATE jit_task SET updated_at = now() WHERE id = $1`, [id]);
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'task.commented',
        subjectType: 'task',
        subjectId: id,
        summary: current.title,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'tasks');
    return this.get(principal, id);
  }

  /** A task of a workspace the caller is a current member of (JitAccess.findInWorkspace). */
  private find(
    m: EntityManager,
    principal: Principal,
    id: unknown,
    write: boolean,
  ): Promise<{ row: TaskRow; membership: JitMembership }> {
    return this.access.findInWorkspace<TaskRow>(
      m,
      principal,
      { table: 'jit_task', alias: 't', columns: TASK_COLUMNS, id, write },
      taskNotFound,
    );
  }

  private async requireAssignee(m: EntityManager, workspaceId: string, userId: string): Promise<void> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM jit_member WHERE workspace_id = $1 AND user_id = $2 AND role <> 'OBSERVER'`,
      [workspaceId, userId],
    );
    if (rows.length === 0) throw notAWriter('assigneeId');
  }
}
