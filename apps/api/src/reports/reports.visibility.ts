import { Action, can, IdentityMode } from '@ideas-hub/domain';
import type { Actor } from '../platform/auth/actor';
import type { PracticeGapReportEntity } from './reports.entity';

/** Where a report is shown: a confidential reporter is named only on the report itself, never in a list. */
export enum ReportView {
  LIST = 'LIST',
  DETAIL = 'DETAIL',
}

/**
 * The one place that decides whether a viewer may know who sent a report: the account id when they may,
 * null otherwise. Every field that could name the reporter (reporter, the author of the reporter's
 * messages) reads it from here, so no field can leak what another hides.
 */
export function visibleReporterId(
  report: Pick<PracticeGapReportEntity, 'identityMode' | 'reporterId'>,
  viewer: Actor | null,
  view: ReportView,
): string | null {
  const { identityMode, reporterId } = report;
  if (!reporterId || identityMode === IdentityMode.ANONYMOUS || !viewer) return null;
  if (viewer.accountId === reporterId) return reporterId;
  if (identityMode === IdentityMode.OPEN) return can(viewer.roles, Action.ReadReports) ? reporterId : null;
  // Confidential: the chair and administrators, on the report only; a list may be on a shared screen.
  return view === ReportView.DETAIL && can(viewer.roles, Action.SeeConfidentialReporter) ? reporterId : null;
}
