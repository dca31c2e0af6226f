import { FocalPointEntity } from './focal-point.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipApplicationEntity } from './membership-application.entity.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { SessionEntity } from './session.entity.js';
import { UserTokenEntity } from './user-token.entity.js';
import { UserEntity } from './user.entity.js';

export const IDENTITY_ENTITIES = [
  UserEntity,
  MembershipApplicationEntity,
  UserTokenEntity,
  InvitationEntity,
  SessionEntity,
  RecoveryCodeEntity,
  FocalPointEntity,
];
