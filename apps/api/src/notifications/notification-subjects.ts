import { Injectable, Logger } from '@nestjs/common';
import type { Principal } from '../access/principal.js';

/** What the reader is shown about a subject they may still see. */
export interface SubjectDescription {
  title: string;
  excerpt: string | null;
}

/**
 * Describes the subjects of `subjectIds` that `principal` may see **now**, in one batch. Leave out
 * every id the reader may no longer see (deleted, hidden, moved to a group they left): the
 * notification is then left out of their list and of their unread count.
 */
export type DescribeSubjects = (
  principal: Principal,
  subjectIds: string[],
) => Promise<Map<string, SubjectDescription>>;

/**
 * The domains that notify register here how to describe their subjects (e.g. discussions registers
 * `discussion_post` in its module's onModuleInit). A notification stores only the subject's type
 * and id: visibility and text are decided when the list is read, by the owner of the subject, for
 * the reader as they are at that moment. An unknown type describes nothing (the row stays hidden).
 */
@Injectable()
export class NotificationSubjects {
  private readonly log = new Logger('NotificationSubjects');
  private readonly describers = new Map<string, DescribeSubjects>();

  register(subjectType: string, describe: DescribeSubjects): void {
    if (this.describers.has(subjectType)) {
      throw new Error(`notification subject type ${subjectType} is registered twice`);
    }
    this.describers.set(subjectType, describe);
  }

  /**
   * The visible subjects among `subjects`, keyed `<type>:<id>`, one call per type. A describer
   * that fails hides its subjects for this read (logged) rather than failing the whole list.
   */
  async describe(
    principal: Principal,
    subjects: readonly { subjectType: string; subjectId: string }[],
  ): Promise<Map<string, SubjectDescription>> {
    const byType = new Map<string, Set<string>>();
    for (const { subjectType, subjectId } of subjects) {
      if (!byType.has(subjectType)) byType.set(subjectType, new Set());
      byType.get(subjectType)?.add(subjectId);
    }
    const visible = new Map<string, SubjectDescription>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        const describe = this.describers.get(type);
        if (!describe) return;
        try {
          const wanted = [...ids];
          const found = await describe(principal, wanted);
          for (const id of wanted) {
            const description = found.get(id);
            if (description) visible.set(subjectKey(type, id), description);
          }
        } catch (err) {
          this.log.error({
            msg: 'describing notification subjects failed; they are hidden for this read',
            subjectType: type,
            reason: err instanceof Error ? err.message : String(err),
          });
        }
      }),
    );
    return visible;
  }
}

export function subjectKey(subjectType: string, subjectId: string): string {
  return `${subjectType}:${subjectId}`;
}
