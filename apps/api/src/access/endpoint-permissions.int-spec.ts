import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { MESSAGE_METADATA } from '@nestjs/websockets/constants.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { IS_PUBLIC } from '../common/decorators/public.decorator.js';
import { POLICY_KEY } from './policy.decorator.js';
import { POLICIES } from './policies.js';

/**
 * Every Query, Mutation, HTTP route and socket event with the access it declares: `public`, or the
 * name of its policy (see policies.ts). A change to this list is a permission change and is
 * reviewed as one. An endpoint with neither fails the test (and is refused at run time).
 */
const DECLARED: Record<string, string> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'Query.health': 'public',
  'Query.viewer': 'public',
  'Query.passwordLink': 'public',
  'Mutation.signIn': 'public',
  'Mutation.apply': 'public',
  'Mutation.confirmEmail': 'public',
  'Mutation.setPassword': 'public',
  'Mutation.requestPasswordReset': 'public',
  'Mutation.verifyTotp': 'identity.mfa.verify',
  'Mutation.useRecoveryCode': 'identity.mfa.verify',
  'Mutation.signOut': 'identity.session.own',
  'socket session.whoami': 'identity.session.own',
  'Mutation.startTotpEnrollment': 'identity.mfa.enroll',
  'Mutation.confirmTotpEnrollment': 'identity.mfa.enroll',
  'Mutation.regenerateRecoveryCodes': 'identity.self.manage',
  'Mutation.changePassword': 'identity.self.manage',
  'Query.mySessions': 'identity.self.manage',
  'Mutation.endSession': 'identity.self.manage',
  'Mutation.endOtherSessions': 'identity.self.manage',
  'Query.myProfile': 'identity.self.manage',
  'Mutation.updateMyProfile': 'identity.self.manage',
  'POST /api/profile-photo': 'identity.self.manage',
  'POST /api/profile-photo/delete': 'identity.self.manage',
  'GET /api/members/:id/photo': 'identity.self.manage',
  'POST /api/files': 'files.upload',
  'POST /api/files/encrypted': 'files.upload',
  'GET /api/files/:id': 'files.read',
  'GET /api/files/:id/preview': 'files.read',
  'Query.directory': 'identity.directory.read',
  'Query.member': 'identity.directory.read',
  'Query.focalPoints': 'identity.directory.read',
  'Query.vettingQueue': 'identity.vetting.review',
  'Query.application': 'identity.vetting.review',
  'Mutation.decideApplication': 'identity.vetting.review',
  'Query.invitations': 'identity.invitations.manage',
  'Mutation.invite': 'identity.invitations.manage',
  'Mutation.revokeInvitation': 'identity.invitations.manage',
  'Query.adminMembers': 'identity.members.administer',
  'Mutation.setMemberRole': 'identity.members.administer',
  'Mutation.suspendMember': 'identity.members.administer',
  'Mutation.reactivateMember': 'identity.members.administer',
  'Mutation.deactivateMember': 'identity.members.administer',
  'Mutation.addFocalPoint': 'identity.focalPoints.manage',
  'Mutation.removeFocalPoint': 'identity.focalPoints.manage',
  'Query.auditEvents': 'access.audit.read',
  'Query.auditActions': 'access.audit.read',
  'Query.outbox': 'notifications.outbox.read',
  'Query.outboxMessage': 'notifications.outbox.read',
  'Query.notifications': 'notifications.own',
  'Query.unreadNotificationCount': 'notifications.own',
  'Mutation.markNotificationsRead': 'notifications.own',
  'Mutation.markAllNotificationsRead': 'notifications.own',
  'Query.notificationPreferences': 'notifications.own',
  'Mutation.updateNotificationPreferences': 'notifications.own',
  'Query.discussionCategories': 'discussions.read',
  'Query.discussionCategory': 'discussions.read',
  'Query.discussionThreads': 'discussions.read',
  'Query.discussionThread': 'discussions.read',
  'Query.discussionPost': 'discussions.read',
  'Query.discussionSearch': 'discussions.read',
  'Query.mentionCandidates': 'discussions.read',
  'Query.discussionGroups': 'discussions.read',
  'Mutation.watchDiscussionCategory': 'discussions.write',
  'Mutation.createDiscussionThread': 'discussions.write',
  'Mutation.markDiscussionThreadRead': 'discussions.write',
  'Mutation.watchDiscussionThread': 'discussions.write',
  'Mutation.replyToDiscussionThread': 'discussions.write',
  'Mutation.editDiscussionPost': 'discussions.write',
  'Mutation.deleteDiscussionPost': 'discussions.write',
  'Mutation.flagDiscussionPost': 'discussions.write',
  'Query.moderationQueue': 'discussions.moderate',
  'Query.moderationQueueCount': 'discussions.moderate',
  'Mutation.hideDiscussionPost': 'discussions.moderate',
  'Mutation.restoreDiscussionPost': 'discussions.moderate',
  'Mutation.dismissDiscussionFlags': 'discussions.moderate',
  'Mutation.lockDiscussionThread': 'discussions.moderate',
  'Mutation.pinDiscussionThread': 'discussions.moderate',
  'Mutation.moveDiscussionThread': 'discussions.moderate',
  'Query.discussionGroupMembers': 'discussions.groups.manage',
  'Mutation.createDiscussionGroup': 'discussions.groups.manage',
  'Mutation.updateDiscussionGroup': 'discussions.groups.manage',
  'Mutation.addDiscussionGroupMembers': 'discussions.groups.manage',
  'Mutation.removeDiscussionGroupMember': 'discussions.groups.manage',
  'Query.adminDiscussionCategories': 'discussions.categories.manage',
  'Mutation.createDiscussionCategory': 'discussions.categories.manage',
  'Mutation.updateDiscussionCategory': 'discussions.categories.manage',
  'socket thread.join': 'discussions.read',
  'socket thread.leave': 'discussions.read',
  'Query.conversations': 'messaging.use',
  'Query.conversation': 'messaging.use',
  'Query.messagingUnreadCount': 'messaging.use',
  'Query.messages': 'messaging.use',
  'Query.messagesSince': 'messaging.use',
  'Query.messageReaders': 'messaging.use',
  'Mutation.startDirectConversation': 'messaging.use',
  'Mutation.createGroupConversation': 'messaging.use',
  'Mutation.renameConversation': 'messaging.use',
  'Mutation.addConversationMembers': 'messaging.use',
  'Mutation.removeConversationMember': 'messaging.use',
  'Mutation.leaveConversation': 'messaging.use',
  'Mutation.setConversationMuted': 'messaging.use',
  'Mutation.markConversationRead': 'messaging.use',
  'Mutation.sendMessage': 'messaging.use',
  'Mutation.editMessage': 'messaging.use',
  'Mutation.deleteMessage': 'messaging.use',
  'Mutation.registerDevice': 'messaging.use',
  'Query.myDevices': 'messaging.use',
  'Mutation.removeDevice': 'messaging.use',
  'Query.deviceKeys': 'messaging.use',
  'Query.conversationDevices': 'messaging.use',
  'Query.signingKeys': 'messaging.use',
  'Query.keyBackup': 'messaging.use',
  'Mutation.saveKeyBackup': 'messaging.use',
  'Mutation.deleteKeyBackup': 'messaging.use',
  'socket message.send': 'messaging.use',
  'socket message.edit': 'messaging.use',
  'socket message.delete': 'messaging.use',
  'socket message.receipt': 'messaging.use',
  'socket message.catchUp': 'messaging.use',
  'socket conversation.typing': 'messaging.use',
  'socket conversation.join': 'messaging.use',
  'Query.jitWorkspaces': 'jit.use',
  'Query.jitWorkspace': 'jit.use',
  'Query.jitRequests': 'jit.use',
  'Query.jitRequest': 'jit.use',
  'Query.jitTasks': 'jit.use',
  'Query.jitNotes': 'jit.use',
  'Query.jitNote': 'jit.use',
  'Query.jitActivity': 'jit.use',
  'Mutation.createJitWorkspace': 'jit.use',
  'Mutation.updateJitWorkspace': 'jit.use',
  'Mutation.setJitWorkspaceStatus': 'jit.use',
  'Mutation.extendJitAgreement': 'jit.use',
  'Mutation.addJitMember': 'jit.use',
  'Mutation.updateJitMember': 'jit.use',
  'Mutation.removeJitMember': 'jit.use',
  'Mutation.createLegalRequest': 'jit.use',
  'Mutation.updateLegalRequest': 'jit.use',
  'Mutation.setLegalRequestStatus': 'jit.use',
  'Mutation.commentLegalRequest': 'jit.use',
  'Mutation.createJitTask': 'jit.use',
  'Mutation.updateJitTask': 'jit.use',
  'Mutation.setJitTaskStatus': 'jit.use',
  'Mutation.commentJitTask': 'jit.use',
  'Mutation.createJitNote': 'jit.use',
  'Mutation.updateJitNote': 'jit.use',
  'Query.jitEvidence': 'jit.use',
  'Query.jitEvidenceItem': 'jit.use',
  'Query.jitCustodyLog': 'jit.use',
  'Mutation.createJitEvidence': 'jit.use',
  'Mutation.updateJitEvidence': 'jit.use',
  'Mutation.transferJitEvidence': 'jit.use',
  'Mutation.sealJitEvidence': 'jit.use',
  'Mutation.verifyJitEvidence': 'jit.use',
  'Mutation.deleteJitEvidence': 'jit.use',
  'POST /api/jit/workspaces/:id/evidence-files': 'jit.use',
  'GET /api/jit/evidence/:id/file': 'jit.use',
  'GET /api/jit/workspaces/:id/evidence.csv': 'jit.use',
  'GET /api/jit/workspaces/:id/custody.csv': 'jit.use',
  'Query.digestCase': 'digest.read',
  'Query.digestMyCases': 'digest.propose',
  'Query.digestReviewQueue': 'digest.moderate',
  'Query.digestSearch': 'digest.read',
  'Query.digestTerms': 'digest.read',
  'Query.digestRevisionContent': 'digest.read',
  'Query.digestRevisionDiff': 'digest.read',
  'Mutation.createDigestCase': 'digest.propose',
  'Mutation.updateDigestCase': 'digest.propose',
  'Mutation.submitDigestCase': 'digest.propose',
  'Mutation.returnDigestCase': 'digest.moderate',
  'Mutation.publishDigestCase': 'digest.moderate',
  'Mutation.archiveDigestCase': 'digest.moderate',
  'Mutation.restoreDigestCase': 'digest.moderate',
  'Mutation.saveDigestTranslation': 'digest.propose',
  'Mutation.discussDigestCase': 'digest.read',
  'Mutation.saveDigestTerm': 'digest.taxonomy.manage',
  'Mutation.archiveDigestTerm': 'digest.taxonomy.manage',
  'Mutation.importDigestCases': 'digest.moderate',
  'GET /api/digest/cases/:id/export': 'digest.read',
  'GET /api/digest/export': 'digest.read',
  'socket jit.join': 'jit.use',
  'socket jit.leave': 'jit.use',
};

describe('endpoint permission declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [DiscoveryModule] });
  });
  afterAll(() => t.close());

  function discovered(): Record<string, string> {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const found: Record<string, string> = {};
    const controllers = discovery.getControllers();
    for (const wrapper of [...discovery.getProviders(), ...controllers]) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = (proto as Record<string, unknown>)[method] as () => unknown;
        const targets = [handler, instance.constructor];
        const access = reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)
          ? 'public'
          : (reflector.getAllAndOverride<string>(POLICY_KEY, targets) ?? 'NONE');
        const type = reflector.get<string>(RESOLVER_TYPE_METADATA, handler);
        if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
          found[`${type}.${reflector.get<string>(RESOLVER_NAME_METADATA, handler) ?? method}`] = access;
        }
        const event = reflector.get<string>(MESSAGE_METADATA, handler);
        if (event) found[`socket ${event}`] = access;
        const path = reflector.get<string | string[]>(PATH_METADATA, handler);
        if (path !== undefined && controllers.includes(wrapper)) {
          const verb = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
          const base = reflector.get<string>(PATH_METADATA, instance.constructor) ?? '';
          const full = `/${[base, ...(Array.isArray(path) ? path : [path])].filter((p) => p && p !== '/').join('/')}`;
          found[`${verb} ${full}`] = access;
        }
      }
    }
    return found;
  }

  it('lists every endpoint with the access it declares', () => {
    expect(discovered()).toEqual(DECLARED);
  });

  it('declares only policies that exist', () => {
    for (const access of Object.values(DECLARED)) {
      expect(access === 'public' || Object.prototype.hasOwnProperty.call(POLICIES, access)).toBe(true);
    }
  });
});
