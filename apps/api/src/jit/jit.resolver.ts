import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { JIT_LIMITS as L } from '@cop/contracts';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import { Member } from '../identity/dto/member.type.js';
import { JitActivityService } from './activity.service.js';
import {
  JitNoteInput,
  JitNoteUpdateInput,
  JitTaskInput,
  JitTaskUpdateInput,
  JitWorkspaceInput,
  JitWorkspaceUpdateInput,
  LegalRequestInput,
  LegalRequestUpdateInput,
} from './dto/jit.inputs.js';
import {
  JitActivity,
  JitActivityPage,
  JitComment,
  JitCounts,
  JitExtension,
  JitMember,
  JitNote,
  JitNoteRevision,
  JitRole,
  JitStatus,
  JitTask,
  JitTaskStatus,
  JitWorkspace,
  LegalRequest,
  LegalRequestEvent,
  LegalRequestStatus,
} from './dto/jit.types.js';
import { JitMembersService } from './jit-members.service.js';
import { JitLoaderFactory } from './jit.loaders.js';
import {
  toActivity,
  toComment,
  toExtension,
  toJitMember,
  toNote,
  toRequest,
  toRequestEvent,
  toRevision,
  toTask,
  toWorkspace,
} from './jit.rows.js';
import { JitNotesService } from './notes.service.js';
import { JitRequestsService } from './requests.service.js';
import { JitTasksService } from './tasks.service.js';
import { JitWorkspacesService } from './workspaces.service.js';

/** A person who may be gone: a name-less placeholder rather than a broken list. */
async function person(
  ctx: GraphQLContext,
  loaders: JitLoaderFactory,
  id: string | null,
): Promise<Member | null> {
  if (!id) return null;
  return loaders.for(ctx).people.load(id);
}

@Resolver(() => JitMember)
export class JitMemberResolver {
  constructor(private readonly loaders: JitLoaderFactory) {}

  @ResolveField(() => Member)
  async member(@Parent() member: JitMember, @Context() ctx: GraphQLContext): Promise<Member> {
    const found = await this.loaders.for(ctx).people.load(member.userId);
    return found ?? ({ id: member.userId, fullName: '' } as Member);
  }
}

@Resolver(() => JitExtension)
export class JitExtensionResolver {
  constructor(private readonly loaders: JitLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  extendedBy(@Parent() ext: JitExtension, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, ext.extendedById);
  }
}

@Resolver(() => JitWorkspace)
export class JitWorkspaceResolver {
  constructor(
    private readonly workspaces: JitWorkspacesService,
    private readonly jitMembers: JitMembersService,
    private readonly loaders: JitLoaderFactory,
  ) {}

  @ResolveField(() => [JitMember], { description: 'Leaders first, then by country, then by name' })
  async members(@Parent() workspace: JitWorkspace, @Context() ctx: GraphQLContext): Promise<JitMember[]> {
    return (await this.loaders.for(ctx).members.load(workspace.id)).map((r) => toJitMember(r) as JitMember);
  }

  @ResolveField(() => [JitExtension], { description: 'Agreement extensions, oldest first' })
  async extensions(
    @Parent() workspace: JitWorkspace,
    @Context() ctx: GraphQLContext,
  ): Promise<JitExtension[]> {
    return (await this.loaders.for(ctx).extensions.load(workspace.id)).map(
      (r) => toExtension(r) as JitExtension,
    );
  }

  @ResolveField(() => JitCounts)
  async counts(@Parent() workspace: JitWorkspace, @Context() ctx: GraphQLContext): Promise<JitCounts> {
    const row = await this.loaders.for(ctx).counts.load(workspace.id);
    return {
      members: row?.members ?? 0,
      evidence: row?.evidence ?? 0,
      openRequests: row?.open_requests ?? 0,
      overdueRequests: row?.overdue_requests ?? 0,
      openTasks: row?.open_tasks ?? 0,
    };
  }

  @Policy('jit.use')
  @Query(() => [JitWorkspace], { description: 'The caller’s workspaces, most recent activity first' })
  async jitWorkspaces(@CurrentUser() principal: Principal): Promise<JitWorkspace[]> {
    return (await this.workspaces.list(principal)).map(toWorkspace);
  }

  @Policy('jit.use')
  @Query(() => JitWorkspace, { description: 'One of the caller’s workspaces (NOT_FOUND otherwise)' })
  async jitWorkspace(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.workspaces.get(principal, id));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, {
    description: 'A new workspace with its channel; the first leader is its only member',
  })
  async createJitWorkspace(
    @Args('input') input: JitWorkspaceInput,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.workspaces.create(principal, input));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, { description: 'Changes the workspace’s fields (leaders)' })
  async updateJitWorkspace(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JitWorkspaceUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.workspaces.update(principal, id, input));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, {
    description: 'Changes the status (leaders); CLOSED is final and read-only',
  })
  async setJitWorkspaceStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => JitStatus }) status: JitStatus,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.workspaces.setStatus(principal, id, status));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, { description: 'Extends the agreement to a later end date (leaders)' })
  async extendJitAgreement(
    @Args('id', { type: () => ID }) id: string,
    @Args('newEndsOn', { description: 'YYYY-MM-DD, after the current end' }) newEndsOn: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.workspaces.extendAgreement(principal, id, newEndsOn, reason));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, { description: 'Adds an active member (leaders)' })
  async addJitMember(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => JitRole }) role: JitRole,
    @Args('country') country: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.jitMembers.add(principal, workspaceId, memberId, role, upper(country)));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, { description: 'Changes a member’s role or country (leaders)' })
  async updateJitMember(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => JitRole }) role: JitRole,
    @Args('country') country: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.jitMembers.update(principal, workspaceId, memberId, role, upper(country)));
  }

  @Policy('jit.use')
  @Mutation(() => JitWorkspace, {
    description: 'Removes a member (leaders); they lose access at once, the last leader stays',
  })
  async removeJitMember(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitWorkspace> {
    return toWorkspace(await this.jitMembers.remove(principal, workspaceId, memberId));
  }
}

const upper = (value: string) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

@Resolver(() => LegalRequestEvent)
export class LegalRequestEventResolver {
  constructor(private readonly loaders: JitLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  actor(@Parent() event: LegalRequestEvent, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, event.actorId);
  }
}

@Resolver(() => LegalRequest)
export class LegalRequestResolver {
  constructor(
    private readonly requests: JitRequestsService,
    private readonly loaders: JitLoaderFactory,
  ) {}

  @ResolveField(() => Member, { nullable: true })
  responsible(@Parent() request: LegalRequest, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, request.responsibleId);
  }

  @ResolveField(() => Member, { nullable: true })
  createdBy(@Parent() request: LegalRequest, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, request.createdById);
  }

  @ResolveField(() => [LegalRequestEvent], { description: 'Oldest first' })
  async history(
    @Parent() request: LegalRequest,
    @Context() ctx: GraphQLContext,
  ): Promise<LegalRequestEvent[]> {
    return (await this.loaders.for(ctx).requestHistory.load(request.id)).map(
      (r) => toRequestEvent(r) as LegalRequestEvent,
    );
  }

  @Policy('jit.use')
  @Query(() => [LegalRequest], { description: 'Overdue first, then by due date, then newest' })
  async jitRequests(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @CurrentUser() principal: Principal,
  ): Promise<LegalRequest[]> {
    return (await this.requests.list(principal, workspaceId)).map((r) => toRequest(r) as LegalRequest);
  }

  @Policy('jit.use')
  @Query(() => LegalRequest)
  async jitRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<LegalRequest> {
    return toRequest(await this.requests.get(principal, id)) as LegalRequest;
  }

  @Policy('jit.use')
  @Mutation(() => LegalRequest)
  async createLegalRequest(
    @Args('input') input: LegalRequestInput,
    @CurrentUser() principal: Principal,
  ): Promise<LegalRequest> {
    return toRequest(await this.requests.create(principal, input)) as LegalRequest;
  }

  @Policy('jit.use')
  @Mutation(() => LegalRequest, { description: 'Changes fields; the history keeps before and after' })
  async updateLegalRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: LegalRequestUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<LegalRequest> {
    return toRequest(await this.requests.update(principal, id, input)) as LegalRequest;
  }

  @Policy('jit.use')
  @Mutation(() => LegalRequest, {
    description: 'Moves the status (fills the matching empty date with today), with an optional comment',
  })
  async setLegalRequestStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => LegalRequestStatus }) status: LegalRequestStatus,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
    @CurrentUser() principal: Principal,
  ): Promise<LegalRequest> {
    return toRequest(await this.requests.setStatus(principal, id, status, comment)) as LegalRequest;
  }

  @Policy('jit.use')
  @Mutation(() => LegalRequest)
  async commentLegalRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @CurrentUser() principal: Principal,
  ): Promise<LegalRequest> {
    return toRequest(await this.requests.comment(principal, id, body)) as LegalRequest;
  }
}

@Resolver(() => JitComment)
export class JitCommentResolver {
  constructor(private readonly loaders: JitLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  author(@Parent() comment: JitComment, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, comment.authorId);
  }
}

@Resolver(() => JitTask)
export class JitTaskResolver {
  constructor(
    private readonly tasks: JitTasksService,
    private readonly loaders: JitLoaderFactory,
  ) {}

  @ResolveField(() => Member, { nullable: true })
  assignee(@Parent() task: JitTask, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, task.assigneeId);
  }

  @ResolveField(() => Member, { nullable: true })
  createdBy(@Parent() task: JitTask, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, task.createdById);
  }

  @ResolveField(() => [JitComment], { description: 'Oldest first' })
  async comments(@Parent() task: JitTask, @Context() ctx: GraphQLContext): Promise<JitComment[]> {
    return (await this.loaders.for(ctx).taskComments.load(task.id)).map((r) => toComment(r) as JitComment);
  }

  @Policy('jit.use')
  @Query(() => [JitTask], { description: 'Open first, then by due date, then newest' })
  async jitTasks(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitTask[]> {
    return (await this.tasks.list(principal, workspaceId)).map((r) => toTask(r) as JitTask);
  }

  @Policy('jit.use')
  @Mutation(() => JitTask)
  async createJitTask(
    @Args('input') input: JitTaskInput,
    @CurrentUser() principal: Principal,
  ): Promise<JitTask> {
    return toTask(await this.tasks.create(principal, input)) as JitTask;
  }

  @Policy('jit.use')
  @Mutation(() => JitTask)
  async updateJitTask(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JitTaskUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<JitTask> {
    return toTask(await this.tasks.update(principal, id, input)) as JitTask;
  }

  @Policy('jit.use')
  @Mutation(() => JitTask)
  async setJitTaskStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => JitTaskStatus }) status: JitTaskStatus,
    @CurrentUser() principal: Principal,
  ): Promise<JitTask> {
    return toTask(await this.tasks.setStatus(principal, id, status)) as JitTask;
  }

  @Policy('jit.use')
  @Mutation(() => JitTask)
  async commentJitTask(
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitTask> {
    return toTask(await this.tasks.comment(principal, id, body)) as JitTask;
  }
}

@Resolver(() => JitNoteRevision)
export class JitNoteRevisionResolver {
  constructor(private readonly loaders: JitLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  editedBy(@Parent() revision: JitNoteRevision, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, revision.editedById);
  }
}

@Resolver(() => JitNote)
export class JitNoteResolver {
  constructor(
    private readonly notes: JitNotesService,
    private readonly loaders: JitLoaderFactory,
  ) {}

  @ResolveField(() => Member, { nullable: true })
  createdBy(@Parent() note: JitNote, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, note.createdById);
  }

  @ResolveField(() => Member, { nullable: true })
  updatedBy(@Parent() note: JitNote, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, note.updatedById);
  }

  @ResolveField(() => [JitNoteRevision], { description: 'Previous versions, newest first' })
  async revisions(@Parent() note: JitNote, @Context() ctx: GraphQLContext): Promise<JitNoteRevision[]> {
    return (await this.loaders.for(ctx).noteRevisions.load(note.id)).map(
      (r) => toRevision(r) as JitNoteRevision,
    );
  }

  @Policy('jit.use')
  @Query(() => [JitNote], { description: 'Most recently changed first' })
  async jitNotes(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitNote[]> {
    return (await this.notes.list(principal, workspaceId)).map((r) => toNote(r) as JitNote);
  }

  @Policy('jit.use')
  @Query(() => JitNote)
  async jitNote(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitNote> {
    return toNote(await this.notes.get(principal, id)) as JitNote;
  }

  @Policy('jit.use')
  @Mutation(() => JitNote)
  async createJitNote(
    @Args('input') input: JitNoteInput,
    @CurrentUser() principal: Principal,
  ): Promise<JitNote> {
    return toNote(await this.notes.create(principal, input)) as JitNote;
  }

  @Policy('jit.use')
  @Mutation(() => JitNote, { description: 'Changes a note made on expectedVersion (stale: CONFLICT)' })
  async updateJitNote(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JitNoteUpdateInput,
    @CurrentUser() principal: Principal,
  ): Promise<JitNote> {
    return toNote(await this.notes.update(principal, id, input)) as JitNote;
  }
}

@Resolver(() => JitActivity)
export class JitActivityResolver {
  constructor(
    private readonly activity: JitActivityService,
    private readonly loaders: JitLoaderFactory,
  ) {}

  @ResolveField(() => Member, { nullable: true })
  actor(@Parent() entry: JitActivity, @Context() ctx: GraphQLContext): Promise<Member | null> {
    return person(ctx, this.loaders, entry.actorId);
  }

  @Policy('jit.use')
  @Query(() => JitActivityPage, {
    description: `The timeline, newest first, before the entry \`before\`; first: 1–${L.activityPageMax}`,
    complexity: ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
      1 + Math.min(Math.max(Number(args.first ?? 50) || 50, 1), L.activityPageMax) * childComplexity,
  })
  async jitActivity(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @Args('before', { type: () => ID, nullable: true }) before: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @CurrentUser() principal: Principal,
  ): Promise<JitActivityPage> {
    const page = await this.activity.page(principal, workspaceId, before, first ?? 50);
    return { items: page.rows.map((r) => toActivity(r) as JitActivity), hasMore: page.hasMore };
  }
}
