import type { Role } from '@cop/contracts';
import { useViewer } from '../../identity/session/ViewerContext';

/** Roles that moderate discussions: hide and restore posts, lock, pin and move threads. */
export const MODERATOR_ROLES: readonly Role[] = ['MODERATOR', 'ADMIN'];

export function isModeratorRole(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && MODERATOR_ROLES.includes(role);
}

export function useIsModerator(): boolean {
  return isModeratorRole(useViewer().viewer?.role);
}

export function useIsAdmin(): boolean {
  return useViewer().viewer?.role === 'ADMIN';
}
