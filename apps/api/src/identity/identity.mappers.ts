import { MFA_REQUIRED_ROLES } from '@cop/contracts';
import type { Principal } from '../access/principal.js';
import type { AdminMember, FocalPoint, Member, MyProfile, Viewer } from './dto/member.type.js';
import type { Application, Invitation } from './dto/membership.type.js';
import type { Session } from './dto/session.type.js';
import type { FocalPointEntity } from './entities/focal-point.entity.js';
import type { InvitationEntity } from './entities/invitation.entity.js';
import type { SessionEntity } from './entities/session.entity.js';
import type { UserEntity } from './entities/user.entity.js';
import type { ApplicationRecord } from './membership.service.js';

/** Entities never leave the domain: these build the GraphQL objects field by field. */
export function toMember(u: UserEntity): Member {
  return {
    id: u.id,
    fullName: u.fullName,
    country: u.country,
    institution: u.institution,
    practitionerType: u.practitionerType,
    position: u.position,
    languages: u.languages,
    expertise: u.expertise,
    bio: u.bio,
    role: u.role,
    photoUrl: u.photoKey ? `/api/members/${u.id}/photo?v=${encodeURIComponent(u.photoKey.slice(-12))}` : null,
  };
}

export function toMyProfile(u: UserEntity): MyProfile {
  return { ...toMember(u), email: u.email, locale: u.locale, status: u.status };
}

export function toAdminMember(u: UserEntity): AdminMember {
  return {
    ...toMember(u),
    email: u.email,
    status: u.status,
    createdAt: u.createdAt,
    mfaEnabled: Boolean(u.totpEnabledAt),
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil : null,
  };
}

export function toViewer(u: UserEntity, p: Principal): Viewer {
  return {
    id: u.id,
    email: u.email,
    fullName: u.fullName,
    role: u.role,
    status: u.status,
    sessionState: p.sessionState,
    mfaEnabled: Boolean(u.totpEnabledAt),
    mfaRequired: MFA_REQUIRED_ROLES.includes(u.role),
    locale: u.locale,
  };
}

export function toFocalPoint(f: FocalPointEntity, member: UserEntity): FocalPoint {
  return {
    id: f.id,
    country: f.country,
    authority: f.authority,
    contactHours: f.contactHours,
    member: toMember(member),
  };
}

export function toApplication({ user, application, voucher }: ApplicationRecord): Application {
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    country: user.country,
    institution: user.institution,
    practitionerType: user.practitionerType,
    position: user.position,
    languages: user.languages,
    expertise: user.expertise,
    motivation: application.motivation,
    voucherEmail: application.voucherEmail,
    voucher: voucher ? toMember(voucher) : null,
    voucherIsActiveMember: Boolean(voucher),
    status: user.status,
    submittedAt: application.submittedAt,
    emailConfirmedAt: application.emailConfirmedAt,
    decision: application.decision,
    decisionReason: application.decisionReason,
    decidedAt: application.decidedAt,
  };
}

export function toInvitation(i: InvitationEntity, fullName: string, inviter: string | null): Invitation {
  return {
    id: i.id,
    email: i.email,
    fullName,
    role: i.role,
    invitedBy: inviter,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    acceptedAt: i.acceptedAt,
    revokedAt: i.revokedAt,
  };
}

/** "Firefox on Linux"-style label from a user agent, without storing more than we show. */
export function deviceLabel(ua: string | null): string | null {
  if (!ua) return null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  if (browser && os) return `${browser} · ${os}`;
  return browser ?? os ?? ua.slice(0, 60);
}

export function toSession(s: SessionEntity, currentId: string): Session {
  return {
    id: s.id,
    current: s.id === currentId,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    ip: s.ip,
    device: deviceLabel(s.userAgent),
  };
}
