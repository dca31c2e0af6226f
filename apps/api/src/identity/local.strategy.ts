import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service.js';
import type { UserEntity } from './entities/user.entity.js';

/** passport-local: e-mail and password, checked by AuthService (lockout, audit, constant time). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(req: Request, email: string, password: string): Promise<UserEntity> {
    return this.auth.validateCredentials(email, password, {
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    });
  }
}
