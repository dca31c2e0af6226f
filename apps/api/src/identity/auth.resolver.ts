import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SessionState } from '@cop/contracts';
import type { Request, Response } from 'express';
import { OptionalUser, CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { Public } from '../common/decorators/public.decorator.js';
import { notFound } from '../common/errors/app-error.js';
import { AuthService, type RequestMeta } from './auth.service.js';
import { Viewer } from './dto/member.type.js';
import { ChangePasswordInput, SignInInput } from './dto/inputs.js';
import { RecoveryCodes, Session, SignInResult, TotpEnrollment } from './dto/session.type.js';
import type { UserEntity } from './entities/user.entity.js';
import { GqlLocalAuthGuard, IdentityRateLimitGuard } from './guards.js';
import { toSession, toViewer } from './identity.mappers.js';
import { MembersService } from './members.service.js';
import { HttpRequest, HttpResponse, Meta } from './request-meta.js';
import { SessionService } from './session.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly members: MembersService,
  ) {}

  @Public()
  @Query(() => Viewer, { nullable: true, description: 'The signed-in caller, or null' })
  async viewer(@OptionalUser() principal: Principal | null): Promise<Viewer | null> {
    if (!principal) return null;
    return toViewer(await this.members.byId(principal.userId), principal);
  }

  @Public()
  @UseGuards(IdentityRateLimitGuard, GqlLocalAuthGuard)
  @Mutation(() => SignInResult, {
    description: 'Signs in with e-mail and password; the second factor may follow',
  })
  async signIn(
    @Args('input') _input: SignInInput,
    @HttpRequest() req: Request & { user?: UserEntity },
    @HttpResponse() res: Response,
    @Meta() meta: RequestMeta,
  ): Promise<SignInResult> {
    const user = req.user!;
    const { token, state } = await this.auth.startSession(user, meta);
    this.sessions.setCookie(res, token);
    const principal = await this.sessions.authenticate(`cop_session=${token}`, meta);
    return { state, viewer: toViewer(user, principal!) };
  }

  @Policy('identity.mfa.verify')
  @UseGuards(IdentityRateLimitGuard)
  @Mutation(() => SignInResult, { description: 'Second factor: a 6-digit code from the authenticator app' })
  async verifyTotp(
    @Args('code') code: string,
    @CurrentUser() principal: Principal,
    @HttpResponse() res: Response,
    @Meta() meta: RequestMeta,
  ): Promise<SignInResult> {
    const token = await this.auth.verifyTotp(principal, code, meta);
    return this.afterRotation(res, token, principal);
  }

  @Policy('identity.mfa.verify')
  @UseGuards(IdentityRateLimitGuard)
  @Mutation(() => SignInResult, { description: 'Second factor: one of the single-use recovery codes' })
  async useRecoveryCode(
    @Args('code') code: string,
    @CurrentUser() principal: Principal,
    @HttpResponse() res: Response,
    @Meta() meta: RequestMeta,
  ): Promise<SignInResult> {
    const token = await this.auth.useRecoveryCode(principal, code, meta);
    return this.afterRotation(res, token, principal);
  }

  @Policy('identity.session.own')
  @Mutation(() => Boolean, { description: 'Ends this session on the server' })
  async signOut(
    @CurrentUser() principal: Principal,
    @HttpResponse() res: Response,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    await this.auth.signOut(principal, meta);
    this.sessions.clearCookie(res);
    return true;
  }

  @Policy('identity.mfa.enroll')
  @Mutation(() => TotpEnrollment, { description: 'Starts setting up TOTP: a new secret and its QR code' })
  startTotpEnrollment(@CurrentUser() principal: Principal): Promise<TotpEnrollment> {
    return this.auth.startEnrollment(principal);
  }

  @Policy('identity.mfa.enroll')
  @Mutation(() => RecoveryCodes, {
    description: 'Confirms TOTP with a code; returns ten recovery codes, shown once',
  })
  async confirmTotpEnrollment(
    @Args('code') code: string,
    @CurrentUser() principal: Principal,
    @HttpResponse() res: Response,
    @Meta() meta: RequestMeta,
  ): Promise<RecoveryCodes> {
    const { codes, token } = await this.auth.confirmEnrollment(principal, code, meta);
    if (token) this.sessions.setCookie(res, token);
    return { codes };
  }

  @Policy('identity.self.manage')
  @Mutation(() => RecoveryCodes, { description: 'Replaces the recovery codes (the old ones stop working)' })
  async regenerateRecoveryCodes(
    @Args('password') password: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<RecoveryCodes> {
    return { codes: await this.auth.regenerateRecoveryCodes(principal, password, meta) };
  }

  @Policy('identity.self.manage')
  @Mutation(() => Boolean, { description: 'Changes the password; every other session ends' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    await this.auth.changePassword(principal, input.currentPassword, input.newPassword, meta);
    return true;
  }

  @Policy('identity.self.manage')
  @Query(() => [Session], { description: 'The caller\u2019s open sessions' })
  async mySessions(@CurrentUser() principal: Principal): Promise<Session[]> {
    return (await this.sessions.listOpen(principal.userId)).map((s) => toSession(s, principal.sessionId));
  }

  @Policy('identity.self.manage')
  @Mutation(() => Boolean, { description: 'Ends one of the caller\u2019s sessions (its sockets disconnect)' })
  async endSession(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
    @HttpResponse() res: Response,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    const session = await this.sessions.findOpen(principal.userId, id);
    if (!session) throw notFound('session');
    await this.sessions.end(id, id === principal.sessionId ? 'logout' : 'ended-by-user');
    if (id === principal.sessionId) this.sessions.clearCookie(res);
    await this.auth.auditSessionEnded(principal, id, meta);
    return true;
  }

  @Policy('identity.self.manage')
  @Mutation(() => Int, { description: 'Ends every session of the caller but this one; returns how many' })
  async endOtherSessions(@CurrentUser() principal: Principal, @Meta() meta: RequestMeta): Promise<number> {
    const ended = await this.sessions.endAllForUser(principal.userId, 'ended-by-user', principal.sessionId);
    await this.auth.auditSessionEnded(principal, 'others', meta, ended);
    return ended;
  }

  private async afterRotation(res: Response, token: string, principal: Principal): Promise<SignInResult> {
    this.sessions.setCookie(res, token);
    const user = await this.members.byId(principal.userId);
    return {
      state: SessionState.ACTIVE,
      viewer: toViewer(user, { ...principal, sessionState: SessionState.ACTIVE }),
    };
  }
}
