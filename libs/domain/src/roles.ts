/** Roles a signed-in account can hold. Every registered account is a CONTRIBUTOR. */
export enum Role {
  CONTRIBUTOR = 'CONTRIBUTOR',
  BOARD_MEMBER = 'BOARD_MEMBER',
  CHAIR = 'CHAIR',
  ADMIN = 'ADMIN',
}

/** Whoever is not signed in: NHS staff reading published work need no account. */
export const ANONYMOUS = 'ANONYMOUS' as const;
export type Audience = Role | typeof ANONYMOUS;

export const ROLE_LABELS: Record<Role, string> = {
  [Role.CONTRIBUTOR]: 'Contributor',
  [Role.BOARD_MEMBER]: 'Board member',
  [Role.CHAIR]: 'Chair',
  [Role.ADMIN]: 'Administrator',
};
