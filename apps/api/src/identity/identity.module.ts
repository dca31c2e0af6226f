import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authenticator } from '../access/principal.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { IDENTITY_ENTITIES } from './entities/index.js';
import { IdentityRateLimitGuard } from './guards.js';
import { IdentityMail } from './identity-mail.js';
import { LocalStrategy } from './local.strategy.js';
import { AdminMemberFieldsResolver, MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { MembershipResolver } from './membership.resolver.js';
import { MembershipService } from './membership.service.js';
import { PasswordService } from './password.service.js';
import { PhotoController } from './photo.controller.js';
import { RealtimeGateway } from './realtime.gateway.js';
import { SessionEvents, SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

/** Global so the access guard everywhere can reach the Authenticator (the session service). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), PassportModule, NotificationsModule],
  controllers: [PhotoController],
  providers: [
    SessionEvents,
    SessionService,
    { provide: Authenticator, useExisting: SessionService },
    TokenService,
    PasswordService,
    AuthService,
    MembershipService,
    MembersService,
    IdentityMail,
    LocalStrategy,
    IdentityRateLimitGuard,
    AuthResolver,
    MembershipResolver,
    MembersResolver,
    AdminMemberFieldsResolver,
    RealtimeGateway,
  ],
  exports: [Authenticator, SessionService, MembersService],
})
export class IdentityModule {}
