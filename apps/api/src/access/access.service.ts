import { Injectable } from '@nestjs/common';
import { POLICIES, type PolicyName, type PolicyRule } from './policies.js';
import type { Principal } from './principal.js';
import { AccountStatus, SessionState } from '@cop/contracts';

export type Decision = { allowed: true } | { allowed: false; reason: 'session' | 'status' | 'role' };

/**
 * The one place that answers "may this caller do this?". Endpoint-level rules come from
 * policies.ts; resource-level checks (membership of a JIT, a conversation) are added here by the
 * domains that own those resources, as set queries, and answer like a missing resource.
 */
@Injectable()
export class AccessService {
  decide(principal: Principal, policy: PolicyName): Decision {
    const rule: PolicyRule = POLICIES[policy];
    const states = rule.sessionStates ?? [SessionState.ACTIVE];
    if (!states.includes(principal.sessionState)) return { allowed: false, reason: 'session' };
    const statuses = rule.statuses ?? [AccountStatus.ACTIVE];
    if (!statuses.includes(principal.status)) return { allowed: false, reason: 'status' };
    if (rule.roles && !rule.roles.includes(principal.role)) return { allowed: false, reason: 'role' };
    return { allowed: true };
  }
}
