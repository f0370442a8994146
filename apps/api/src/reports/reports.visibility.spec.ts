import { IdentityMode, Role } from '@ideas-hub/domain';
import type { Actor } from '../platform/auth/actor';
import { ReportView, visibleReporterId } from './reports.visibility';

const REPORTER = 'reporter-id';
const actor = (...roles: Role[]): Actor => ({
  accountId: `someone-${roles.join('-')}`,
  sessionId: 's',
  roles: [Role.CONTRIBUTOR, ...roles],
});
const chair = actor(Role.BOARD_MEMBER, Role.CHAIR);
const admin = actor(Role.ADMIN);
const member = actor(Role.BOARD_MEMBER);
const contributor = actor();
const self: Actor = { accountId: REPORTER, sessionId: 's', roles: [Role.CONTRIBUTOR] };
const report = (identityMode: IdentityMode) => ({ identityMode, reporterId: identityMode === IdentityMode.ANONYMOUS ? null : REPORTER });
const seen = (mode: IdentityMode, viewer: Actor | null, view = ReportView.DETAIL) => visibleReporterId(report(mode), viewer, view);

describe('who may know who sent a report', () => {
  it('shows an open reporter to the board and to themself, to nobody else', () => {
    for (const viewer of [chair, admin, member, self]) expect(seen(IdentityMode.OPEN, viewer, ReportView.LIST)).toBe(REPORTER);
    for (const viewer of [contributor, null]) expect(seen(IdentityMode.OPEN, viewer)).toBeNull();
  });

  it('shows a confidential reporter to the chair and administrators on the report, never in a list, never to a board member', () => {
    expect(seen(IdentityMode.CONFIDENTIAL, chair)).toBe(REPORTER);
    expect(seen(IdentityMode.CONFIDENTIAL, admin)).toBe(REPORTER);
    for (const viewer of [chair, admin, member]) expect(seen(IdentityMode.CONFIDENTIAL, viewer, ReportView.LIST)).toBeNull();
    for (const viewer of [member, contributor, null]) expect(seen(IdentityMode.CONFIDENTIAL, viewer)).toBeNull();
    expect(seen(IdentityMode.CONFIDENTIAL, self, ReportView.LIST)).toBe(REPORTER);
  });

  it('shows an anonymous reporter to nobody, even a stray reporter id', () => {
    for (const viewer of [chair, admin, member, self, null]) {
      expect(visibleReporterId({ identityMode: IdentityMode.ANONYMOUS, reporterId: REPORTER }, viewer, ReportView.DETAIL)).toBeNull();
    }
  });
});
