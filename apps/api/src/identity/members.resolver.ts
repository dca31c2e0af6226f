import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Context } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { RequestMeta } from './auth.service.js';
import { Role } from './dto/enums.js';
import { AdminMemberFilter, DirectoryFilter, FocalPointInput, ProfileInput } from './dto/inputs.js';
import {
  AdminMember,
  AdminMemberPage,
  FocalPoint,
  Member,
  MemberPage,
  MyProfile,
} from './dto/member.type.js';
import type { FocalPointEntity } from './entities/focal-point.entity.js';
import { toAdminMember, toFocalPoint, toMember, toMyProfile } from './identity.mappers.js';
import { MembersService } from './members.service.js';
import { Meta } from './request-meta.js';

const pageComplexity = ({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>;
  childComplexity: number;
}) => 1 + Math.min(Number(args.first ?? 20), 100) * childComplexity;

/** One focal-point loader per request: a directory page asks once, not once per member. */
const loaders = new WeakMap<object, DataLoader<string, FocalPointEntity[]>>();

/** A member's focal points, through the request's loader unless the parent already carries them. */
async function focalPointsOf(members: MembersService, member: Member, req: Request): Promise<FocalPoint[]> {
  if (member.focalPoints) return member.focalPoints;
  let loader = loaders.get(req);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => members.focalPointsOf(ids));
    loaders.set(req, loader);
  }
  const rows = await loader.load(member.id);
  const { focalPoints: _omit, ...plain } = member;
  return rows.map((f) => ({
    id: f.id,
    country: f.country,
    authority: f.authority,
    contactHours: f.contactHours,
    member: plain as Member,
  }));
}

@Resolver(() => Member)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Policy('identity.self.manage')
  @Query(() => MyProfile)
  async myProfile(@CurrentUser() principal: Principal): Promise<MyProfile> {
    return toMyProfile(await this.members.byId(principal.userId));
  }

  @Policy('identity.self.manage')
  @Mutation(() => MyProfile)
  async updateMyProfile(
    @Args('input') input: ProfileInput,
    @CurrentUser() principal: Principal,
  ): Promise<MyProfile> {
    return toMyProfile(await this.members.updateProfile(principal, input));
  }

  @Policy('identity.directory.read')
  @Query(() => MemberPage, {
    description: 'Active members, by name; first: 1–100',
    complexity: pageComplexity,
  })
  async directory(
    @Args('filter', { type: () => DirectoryFilter, nullable: true }) filter: DirectoryFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<MemberPage> {
    const page = await this.members.directory(filter ?? {}, first, offset);
    return { total: page.total, items: page.items.map(toMember) };
  }

  @Policy('identity.directory.read')
  @Query(() => Member, { description: 'An active member; anyone else answers NOT_FOUND' })
  async member(@Args('id', { type: () => ID }) id: string): Promise<Member> {
    return toMember(await this.members.activeMember(id));
  }

  @Policy('identity.directory.read')
  @Query(() => [FocalPoint], { description: 'National focal points, by country' })
  async focalPoints(
    @Args('country', { type: () => String, nullable: true }) country: string | null,
  ): Promise<FocalPoint[]> {
    return (await this.members.listFocalPoints(country ?? undefined)).map(({ focal, member }) =>
      toFocalPoint(focal, member),
    );
  }

  @ResolveField('focalPoints', () => [FocalPoint])
  memberFocalPoints(@Parent() member: Member, @Context('req') req: Request): Promise<FocalPoint[]> {
    return focalPointsOf(this.members, member, req);
  }

  @Policy('identity.members.administer')
  @Query(() => AdminMemberPage, {
    description: 'Members with status and role (admins)',
    complexity: pageComplexity,
  })
  async adminMembers(
    @Args('filter', { type: () => AdminMemberFilter, nullable: true }) filter: AdminMemberFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AdminMemberPage> {
    const page = await this.members.adminList(filter ?? {}, first, offset);
    return { total: page.total, items: page.items.map(toAdminMember) };
  }

  @Policy('identity.members.administer')
  @Mutation(() => AdminMember, {
    description: 'Changes a member\u2019s role (never your own); their sessions end',
  })
  async setMemberRole(
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('role', { type: () => Role }) role: Role,
    @CurrentUser() admin: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<AdminMember> {
    return toAdminMember(await this.members.setRole(admin, memberId, role, meta));
  }

  @Policy('identity.members.administer')
  @Mutation(() => AdminMember, { description: 'Suspends a member: they reach only their own profile' })
  async suspendMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() admin: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<AdminMember> {
    return toAdminMember(await this.members.setStatus(admin, memberId, 'SUSPENDED', meta));
  }

  @Policy('identity.members.administer')
  @Mutation(() => AdminMember)
  async reactivateMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() admin: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<AdminMember> {
    return toAdminMember(await this.members.setStatus(admin, memberId, 'ACTIVE', meta));
  }

  @Policy('identity.members.administer')
  @Mutation(() => AdminMember, { description: 'Deactivates an account: content kept, sign-in impossible' })
  async deactivateMember(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() admin: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<AdminMember> {
    return toAdminMember(await this.members.setStatus(admin, memberId, 'DEACTIVATED', meta));
  }

  @Policy('identity.focalPoints.manage')
  @Mutation(() => FocalPoint)
  async addFocalPoint(
    @Args('input') input: FocalPointInput,
    @CurrentUser() admin: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<FocalPoint> {
    const { focal, member } = await this.members.addFocalPoint(admin, input, meta);
    return toFocalPoint(focal, member);
  }

  @Policy('identity.focalPoints.manage')
  @Mutation(() => Boolean)
  async removeFocalPoint(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() admin: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    await this.members.removeFocalPoint(admin, id, meta);
    return true;
  }
}

/**
 * AdminMember extends Member, but a field resolver belongs to one object type only: without this
 * one, `adminMembers { items { focalPoints } }` would answer null for a non-null list.
 */
@Resolver(() => AdminMember)
export class AdminMemberFieldsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField('focalPoints', () => [FocalPoint])
  memberFocalPoints(@Parent() member: AdminMember, @Context('req') req: Request): Promise<FocalPoint[]> {
    return focalPointsOf(this.members, member, req);
  }
}
