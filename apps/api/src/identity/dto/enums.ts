import { registerEnumType } from '@nestjs/graphql';
import { AccountStatus, FocalPointAuthority, PractitionerType, Role, SessionState } from '@cop/contracts';

registerEnumType(Role, { name: 'Role', description: 'MEMBER, MODERATOR or ADMIN' });
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Where an account stands, from application to deactivation',
});
registerEnumType(PractitionerType, { name: 'PractitionerType' });
registerEnumType(FocalPointAuthority, {
  name: 'FocalPointAuthority',
  description: 'What a national focal point is the contact for',
});
registerEnumType(SessionState, {
  name: 'SessionState',
  description: 'Where a sign-in stands: complete, or waiting for the second factor',
});

export enum ApplicationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ApplicationDecision, { name: 'ApplicationDecision' });

export enum LinkKind {
  SET_PASSWORD = 'SET_PASSWORD',
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(LinkKind, { name: 'LinkKind', description: 'What a password link is for' });

export { AccountStatus, FocalPointAuthority, PractitionerType, Role, SessionState };
