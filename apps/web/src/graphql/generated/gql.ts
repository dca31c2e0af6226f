/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": typeof types.InviteDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": typeof types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": typeof types.AddFocalPointDocument,
    "\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n": typeof types.RemoveFocalPointDocument,
    "\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.MemberPickerDocument,
    "\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n": typeof types.OutboxMessageDocument,
    "\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.VettingQueueDocument,
    "\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": typeof types.DecideApplicationDocument,
    "\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n": typeof types.HealthDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.VerifyTotpDocument,
    "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.UseRecoveryCodeDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n": typeof types.DirectoryMembersDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n": typeof types.NationalFocalPointsDocument,
    "\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n": typeof types.ApplyDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n": types.InviteDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": types.SuspendMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n": types.AddFocalPointDocument,
    "\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n": types.RemoveFocalPointDocument,
    "\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.MemberPickerDocument,
    "\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n": types.OutboxMessageDocument,
    "\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": types.VettingQueueDocument,
    "\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n": types.DecideApplicationDocument,
    "\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n": types.HealthDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.VerifyTotpDocument,
    "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.UseRecoveryCodeDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": types.SetPasswordDocument,
    "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n": types.DirectoryMembersDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n": types.NationalFocalPointsDocument,
    "\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n": types.ApplyDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n": types.ConfirmEmailDocument,
    "\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        occurredAt\n        actorId\n        actorLabel\n        action\n        targetType\n        targetId\n        ip\n        details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Invite($input: InviteInput!) {\n    invite(input: $input) {\n      id\n      email\n      fullName\n      role\n      invitedBy\n      createdAt\n      expiresAt\n      acceptedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberFields on AdminMember {\n    id\n    fullName\n    email\n    role\n    status\n    country\n    institution\n    position\n    photoUrl\n    lockedUntil\n    mfaEnabled\n    createdAt\n    focalPoints {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($filter: AdminMemberFilter, $first: Int!, $offset: Int!) {\n    adminMembers(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...AdminMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($memberId: ID!, $role: Role!) {\n    setMemberRole(memberId: $memberId, role: $role) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMember($memberId: ID!) {\n    suspendMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"): (typeof documents)["\n  mutation AddFocalPoint($input: FocalPointInput!) {\n    addFocalPoint(input: $input) {\n      id\n      country\n      authority\n      contactHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveFocalPoint($id: ID!) {\n    removeFocalPoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPicker($search: String!) {\n    adminMembers(filter: { search: $search }, first: 8, offset: 0) {\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int!, $offset: Int!) {\n    outbox(first: $first, offset: $offset) {\n      enabled\n      total\n      items {\n        id\n        to\n        subject\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n"): (typeof documents)["\n  query OutboxMessage($id: String!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      sentAt\n      text\n      links\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  query VettingQueue($statuses: [AccountStatus!]) {\n    vettingQueue(statuses: $statuses) {\n      id\n      fullName\n      email\n      country\n      institution\n      position\n      practitionerType\n      languages\n      expertise\n      motivation\n      voucherEmail\n      voucherIsActiveMember\n      voucher {\n        id\n        fullName\n      }\n      status\n      submittedAt\n      emailConfirmedAt\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApplication($input: DecideApplicationInput!) {\n    decideApplication(input: $input) {\n      id\n      status\n      decision\n      decisionReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n"): (typeof documents)["\n  query Health {\n    health {\n      status\n      serverTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyTotp($code: String!) {\n    verifyTotp(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UseRecoveryCode($code: String!) {\n    useRecoveryCode(code: $code) {\n      state\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      qrCodeDataUrl\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($password: String!) {\n    regenerateRecoveryCodes(password: $password) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) {\n      valid\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryMembers($filter: DirectoryFilter, $first: Int!, $offset: Int!) {\n    directory(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        fullName\n        photoUrl\n        role\n        position\n        institution\n        country\n        languages\n        focalPoints {\n          id\n          country\n          authority\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      fullName\n      photoUrl\n      role\n      position\n      institution\n      country\n      practitionerType\n      languages\n      expertise\n      bio\n      focalPoints {\n        id\n        country\n        authority\n        contactHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalFocalPoints($country: String) {\n    focalPoints(country: $country) {\n      id\n      country\n      authority\n      contactHours\n      member {\n        id\n        fullName\n        position\n        institution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n"): (typeof documents)["\n  mutation Apply($input: ApplyInput!) {\n    apply(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n"): (typeof documents)["\n  fragment MyProfileFields on MyProfile {\n    id\n    email\n    fullName\n    country\n    institution\n    practitionerType\n    position\n    languages\n    expertise\n    bio\n    locale\n    photoUrl\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      device\n      ip\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    fullName\n    role\n    status\n    sessionState\n    mfaEnabled\n    mfaRequired\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;