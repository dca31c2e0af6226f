import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { jitEvidenceFileUrl } from '@cop/contracts';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { Policy } from '../../access/policy.decorator.js';
import type { Principal } from '../../access/principal.js';
import type { GraphQLContext } from '../../common/graphql/graphql.options.js';
import type { RequestMeta } from '../../identity/auth.service.js';
import { Member } from '../../identity/dto/member.type.js';
import { Meta } from '../../identity/request-meta.js';
import type { CustodyActor } from './custody.js';
import { JitEvidenceInput, JitEvidenceUpdateInput } from './dto/evidence.inputs.js';
import { JitCustodyEvent, JitEvidence, JitEvidenceFile } from './dto/evidence.types.js';
import { EvidenceLoaderFactory } from './evidence.loaders.js';
import { toCustodyEvent, toEvidence } from './evidence.rows.js';
import { EvidenceService } from './evidence.service.js';

const actorOf = (principal: Principal, meta: RequestMeta): CustodyActor => ({ principal, ip: meta.ip });

@Resolver(() => JitEvidence)
export class EvidenceResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly loaders: EvidenceLoaderFactory,
  ) {}

  @ResolveField(() => JitEvidenceFile)
  async file(
    @Parent() item: JitEvidence,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<JitEvidenceFile> {
    const file = await this.loaders.for(ctx, principal).files.load(item.id);
    return {
      name: file?.name ?? '',
      contentType: file?.contentType ?? 'application/octet-stream',
      size: item.size,
      sha256: item.sha256,
      downloadUrl: jitEvidenceFileUrl(item.id),
    };
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who holds the item now' })
  async custodian(
    @Parent() item: JitEvidence,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return item.custodianId ? this.loaders.for(ctx, principal).people.load(item.custodianId) : null;
  }

  @ResolveField(() => Member, { nullable: true })
  async sealedBy(
    @Parent() item: JitEvidence,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return item.sealedById ? this.loaders.for(ctx, principal).people.load(item.sealedById) : null;
  }

  @ResolveField(() => Member, { nullable: true })
  async createdBy(
    @Parent() item: JitEvidence,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return item.createdById ? this.loaders.for(ctx, principal).people.load(item.createdById) : null;
  }

  @ResolveField(() => [JitCustodyEvent], { description: 'The chain of custody, oldest first' })
  async custody(
    @Parent() item: JitEvidence,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<JitCustodyEvent[]> {
    return (await this.loaders.for(ctx, principal).custody.load(item.id)).map(toCustodyEvent);
  }

  @Policy('jit.use')
  @Query(() => [JitEvidence], { description: 'The evidence register of a workspace, by number' })
  async jitEvidence(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @CurrentUser() principal: Principal,
  ): Promise<JitEvidence[]> {
    return (await this.evidence.list(principal, workspaceId)).map(toEvidence);
  }

  @Policy('jit.use')
  @Query(() => JitEvidence, { description: 'One evidence item (records a VIEWED custody event)' })
  async jitEvidenceItem(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitEvidence> {
    return toEvidence(await this.evidence.item(actorOf(principal, meta), id));
  }

  @Policy('jit.use')
  @Query(() => [JitCustodyEvent], {
    description:
      'The whole custody log of a workspace, oldest first (records an EXPORTED event, format print)',
  })
  async jitCustodyLog(
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitCustodyEvent[]> {
    return (await this.evidence.custodyLog(actorOf(principal, meta), workspaceId)).map(toCustodyEvent);
  }

  @Policy('jit.use')
  @Mutation(() => JitEvidence, {
    description: 'Adds a file uploaded through /api/files to the register (the caller is its custodian)',
  })
  async createJitEvidence(
    @Args('input') input: JitEvidenceInput,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitEvidence> {
    return toEvidence(await this.evidence.create(actorOf(principal, meta), input));
  }

  @Policy('jit.use')
  @Mutation(() => JitEvidence, { description: 'Changes an unsealed item’s metadata (writers)' })
  async updateJitEvidence(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JitEvidenceUpdateInput,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitEvidence> {
    return toEvidence(await this.evidence.update(actorOf(principal, meta), id, input));
  }

  @Policy('jit.use')
  @Mutation(() => JitEvidence, {
    description: 'Hands an unsealed item to another current member who is not an observer (writers)',
  })
  async transferJitEvidence(
    @Args('id', { type: () => ID }) id: string,
    @Args('toMemberId', { type: () => ID }) toMemberId: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitEvidence> {
    return toEvidence(await this.evidence.transfer(actorOf(principal, meta), id, toMemberId));
  }

  @Policy('jit.use')
  @Mutation(() => JitEvidence, {
    description: 'Seals an item: no change, transfer or deletion after (writers)',
  })
  async sealJitEvidence(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitEvidence> {
    return toEvidence(await this.evidence.seal(actorOf(principal, meta), id));
  }

  @Policy('jit.use')
  @Mutation(() => JitEvidence, {
    description: 'Re-hashes the stored file and compares with the hash recorded at upload (any member)',
  })
  async verifyJitEvidence(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<JitEvidence> {
    return toEvidence(await this.evidence.verify(actorOf(principal, meta), id));
  }

  @Policy('jit.use')
  @Mutation(() => Boolean, {
    description: 'Removes an unsealed item from the register; its custody log stays (writers)',
  })
  async deleteJitEvidence(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    return this.evidence.delete(actorOf(principal, meta), id, reason);
  }
}

@Resolver(() => JitCustodyEvent)
export class CustodyEventResolver {
  constructor(private readonly loaders: EvidenceLoaderFactory) {}

  @ResolveField(() => Member, { nullable: true })
  async actor(
    @Parent() event: JitCustodyEvent,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return event.actorId ? this.loaders.for(ctx, principal).people.load(event.actorId) : null;
  }

  @ResolveField(() => Member, { nullable: true, description: 'TRANSFERRED: the previous custodian' })
  async fromMember(
    @Parent() event: JitCustodyEvent,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return event.fromMemberId ? this.loaders.for(ctx, principal).people.load(event.fromMemberId) : null;
  }

  @ResolveField(() => Member, { nullable: true, description: 'TRANSFERRED: the new custodian' })
  async toMember(
    @Parent() event: JitCustodyEvent,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return event.toMemberId ? this.loaders.for(ctx, principal).people.load(event.toMemberId) : null;
  }
}
