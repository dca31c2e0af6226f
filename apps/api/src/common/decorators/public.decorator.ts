import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cop:isPublic';

/**
 * Marks a resolver, controller route or socket event as reachable without a session. Everything
 * else is denied by the global SessionGuard. Every use is listed by the endpoint-permissions test
 * and reviewed as a permission change.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
