import { Action, can, needsSignIn, POLICY } from './policy';
import { Role } from './roles';

describe('the permission policy', () => {
  it('names who may do every action', () => {
    for (const action of Object.values(Action)) {
      expect(POLICY[action].length).toBeGreaterThan(0);
    }
  });

  it('lets anonymous visitors read published content but not manage accounts', () => {
    expect(can([], Action.ReadPublished)).toBe(true);
    expect(can(null, Action.GrantRole)).toBe(false);
    expect(needsSignIn(Action.GrantRole)).toBe(true);
    expect(needsSignIn(Action.SignIn)).toBe(false);
  });

  it('grants an action when any one of the caller’s roles allows it', () => {
    expect(can([Role.CONTRIBUTOR], Action.GrantRole)).toBe(false);
    expect(can([Role.CONTRIBUTOR, Role.ADMIN], Action.GrantRole)).toBe(true);
  });
});
