import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountStatus } from '@cop/contracts';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { Public } from '../common/decorators/public.decorator.js';
import type { RequestMeta } from './auth.service.js';
import {
  ApplyInput,
  DecideApplicationInput,
  InviteInput,
  PasswordResetRequestInput,
  SetPasswordInput,
} from './dto/inputs.js';
import { Application, Invitation, PasswordLink } from './dto/membership.type.js';
import { IdentityRateLimitGuard } from './guards.js';
import { toApplication, toInvitation } from './identity.mappers.js';
import { MembershipService } from './membership.service.js';
import { Meta } from './request-meta.js';
import { badInput } from '../common/validation/validation.pipe.js';

@Resolver()
export class MembershipResolver {
  constructor(private readonly membership: MembershipService) {}

  @Public()
  @UseGuards(IdentityRateLimitGuard)
  @Mutation(() => Boolean, {
    description: 'Applies for membership. Always true: it never tells whether the e-mail is known',
  })
  async apply(@Args('input') input: ApplyInput, @Meta() meta: RequestMeta): Promise<boolean> {
    await this.membership.apply(input, meta);
    return true;
  }

  @Public()
  @UseGuards(IdentityRateLimitGuard)
  @Mutation(() => Boolean, { description: 'Confirms an applicant\u2019s e-mail from the link' })
  async confirmEmail(@Args('token') token: string, @Meta() meta: RequestMeta): Promise<boolean> {
    await this.membership.confirmEmail(token, meta);
    return true;
  }

  @Public()
  @UseGuards(IdentityRateLimitGuard)
  @Query(() => PasswordLink, { description: 'What a password link is for (without using it)' })
  async passwordLink(@Args('token') token: string): Promise<PasswordLink> {
    const kind = await this.membership.passwordLink(token);
    return { valid: kind !== null, kind };
  }

  @Public()
  @UseGuards(IdentityRateLimitGuard)
  @Mutation(() => Boolean, { description: 'Sets the password from an approval, invitation or reset link' })
  async setPassword(@Args('input') input: SetPasswordInput, @Meta() meta: RequestMeta): Promise<boolean> {
    await this.membership.setPassword(input.token, input.password, meta);
    return true;
  }

  @Public()
  @UseGuards(IdentityRateLimitGuard)
  @Mutation(() => Boolean, {
    description: 'E-mails a reset link if the address belongs to an account. Always true',
  })
  async requestPasswordReset(
    @Args('input') input: PasswordResetRequestInput,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    await this.membership.requestPasswordReset(input.email, meta);
    return true;
  }

  @Policy('identity.vetting.review')
  @Query(() => [Application], {
    description: 'Applications waiting for a decision (or with the given statuses)',
  })
  async vettingQueue(
    @Args('statuses', { type: () => [AccountStatus], nullable: true }) statuses: AccountStatus[],
  ): Promise<Application[]> {
    return (await this.membership.queue(statuses?.length ? statuses : [AccountStatus.PENDING])).map(
      toApplication,
    );
  }

  @Policy('identity.vetting.review')
  @Query(() => Application)
  async application(@Args('id', { type: () => ID }) id: string): Promise<Application> {
    return toApplication(await this.membership.application(id));
  }

  @Policy('identity.vetting.review')
  @Mutation(() => Application, {
    description: 'Approves or rejects an application; the applicant is told by e-mail',
  })
  async decideApplication(
    @Args('input') input: DecideApplicationInput,
    @CurrentUser() moderator: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<Application> {
    return toApplication(await this.membership.decide(moderator, input, meta));
  }

  @Policy('identity.invitations.manage')
  @Query(() => [Invitation])
  async invitations(): Promise<Invitation[]> {
    return this.withNames(await this.membership.listInvitations());
  }

  @Policy('identity.invitations.manage')
  @Mutation(() => Invitation, {
    description: 'Invites someone with a role; they choose a password from the e-mailed link',
  })
  async invite(
    @Args('input') input: InviteInput,
    @CurrentUser() actor: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<Invitation> {
    if (input.role === 'ADMIN' && actor.role !== 'ADMIN') {
      throw badInput([
        { field: 'role', code: 'roleNotAllowed', message: 'Only administrators can invite administrators.' },
      ]);
    }
    const [inv] = await this.withNames([await this.membership.invite(actor, input, meta)]);
    return inv!;
  }

  @Policy('identity.invitations.manage')
  @Mutation(() => Invitation)
  async revokeInvitation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() actor: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<Invitation> {
    const [inv] = await this.withNames([await this.membership.revokeInvitation(actor, id, meta)]);
    return inv!;
  }

  private async withNames(
    invitations: Awaited<ReturnType<MembershipService['listInvitations']>>,
  ): Promise<Invitation[]> {
    const names = await this.membership.inviterNames([
      ...invitations.map((i) => i.invitedBy),
      ...invitations.map((i) => i.userId),
    ]);
    return invitations.map((i) =>
      toInvitation(i, names.get(i.userId) ?? i.email, names.get(i.invitedBy) ?? null),
    );
  }
}
