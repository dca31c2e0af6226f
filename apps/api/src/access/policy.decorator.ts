import { SetMetadata } from '@nestjs/common';
import type { PolicyName } from './policies.js';

export const POLICY_KEY = 'cop:policy';

/**
 * Declares who may call a resolver field, route or socket event (see policies.ts). Every endpoint
 * has either this or @Public(); one with neither is refused, and the endpoint-permissions test
 * fails.
 */
export const Policy = (name: PolicyName) => SetMetadata(POLICY_KEY, name);
