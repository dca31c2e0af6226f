import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import type { Member } from '../identity/dto/member.type.js';
import { toMember } from '../identity/identity.mappers.js';
import { MembersService } from '../identity/members.service.js';
import type {
  CommentRow,
  CountsRow,
  ExtensionRow,
  MemberRow,
  RequestEventRow,
  RevisionRow,
} from './jit.rows.js';
import { JitNotesService } from './notes.service.js';
import { JitRequestsService } from './requests.service.js';
import { JitTasksService } from './tasks.service.js';
import { JitWorkspacesService } from './workspaces.service.js';

/**
 * One set of loaders per request: a list of workspaces asks once for all their members, counts and
 * extensions; a list of requests once for all their histories; people once for every name shown.
 * They load children of parents the resolvers already checked (membership).
 */
export class JitLoaders {
  readonly people: DataLoader<string, Member | null>;
  readonly members: DataLoader<string, MemberRow[]>;
  readonly extensions: DataLoader<string, ExtensionRow[]>;
  readonly counts: DataLoader<string, CountsRow | null>;
  readonly requestHistory: DataLoader<string, RequestEventRow[]>;
  readonly taskComments: DataLoader<string, CommentRow[]>;
  readonly noteRevisions: DataLoader<string, RevisionRow[]>;

  constructor(deps: JitLoaderFactory) {
    this.people = new DataLoader(async (ids) => {
      const users = await deps.people.usersByIds(ids);
      return ids.map((id) => {
        const u = users.get(id);
        return u ? toMember(u) : null;
      });
    });
    this.members = byKey((ids) => deps.workspaces.membersOf(ids), []);
    this.extensions = byKey((ids) => deps.workspaces.extensionsOf(ids), []);
    this.counts = byKey((ids) => deps.workspaces.countsOf(ids), null);
    this.requestHistory = byKey((ids) => deps.requests.historyOf(ids), []);
    this.taskComments = byKey((ids) => deps.tasks.commentsOf(ids), []);
    this.noteRevisions = byKey((ids) => deps.notes.revisionsOf(ids), []);
  }
}

function byKey<V>(
  load: (ids: readonly string[]) => Promise<Map<string, V>>,
  empty: V,
): DataLoader<string, V> {
  return new DataLoader(async (ids) => {
    const map = await load(ids);
    return ids.map((id) => map.get(id) ?? empty);
  });
}

/** The request's loaders, made on first use. */
@Injectable()
export class JitLoaderFactory {
  private readonly byRequest = new WeakMap<object, JitLoaders>();

  constructor(
    readonly people: MembersService,
    readonly workspaces: JitWorkspacesService,
    readonly requests: JitRequestsService,
    readonly tasks: JitTasksService,
    readonly notes: JitNotesService,
  ) {}

  for(ctx: GraphQLContext): JitLoaders {
    const key = ctx.req as object;
    let loaders = this.byRequest.get(key);
    if (!loaders) {
      loaders = new JitLoaders(this);
      this.byRequest.set(key, loaders);
    }
    return loaders;
  }
}
