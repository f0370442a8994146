import { Role } from '@ideas-hub/domain';

/** How the board names a member's place on it: the chair is also a member, but is named as chair. */
export function boardRole(roles: readonly Role[]): string {
  return roles.includes(Role.CHAIR) ? 'Chair' : 'Board member';
}
