import { ErrorCode, ReportStatus, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import type { TestAccount, TestHub } from '../../test/hub';
import { fileReport, ONE, SET_STATUS, startReportsHub } from '../../test/reports';

describe('practice gap reports', () => {
  let hub: TestHub;
  let board: TestAccount;
  let contributor: TestAccount;
  beforeAll(async () => ({ hub, board, contributor } = await startReportsHub()));
  afterAll(() => hub.close());

  describe('setReportStatus', () => {
    async function recommendation(): Promise<string> {
      const [row] = await hub.db.query(
        `INSERT INTO recommendations (title, summary, rationale, status) VALUES ('R', 'S', 'R', 'DRAFT') RETURNING id`,
      );
      return row.id;
    }

    it('takes a report through its lifecycle, keeping each step in the history', async () => {
      const report = await fileReport(hub, contributor.client);
      const recommendationId = await recommendation();
      await board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } });
      await board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'UNDER_REVIEW', note: 'Raised at the March meeting' } });
      const { setReportStatus } = await board.client.ok(SET_STATUS, {
        input: { reportId: report.id, status: 'ADDRESSED', note: 'Covered by our sepsis recommendation', recommendationId },
      });
      expect(setReportStatus).toMatchObject({ status: 'ADDRESSED', statusNote: 'Covered by our sepsis recommendation', recommendationId });
      expect(
        setReportStatus.history.map((change: { fromStatus: string | null; toStatus: string }) => [change.fromStatus, change.toStatus]),
      ).toEqual([
        [null, 'RECEIVED'],
        ['RECEIVED', 'ACKNOWLEDGED'],
        ['ACKNOWLEDGED', 'UNDER_REVIEW'],
        ['UNDER_REVIEW', 'ADDRESSED'],
      ]);
      const again = await board.client.error(SET_STATUS, { input: { reportId: report.id, status: 'CLOSED', note: 'Done' } });
      expect(again.extensions.fields).toEqual([{ field: 'status', message: 'This report is addressed: its status can no longer change' }]);
    });

    it('needs where a report was referred and why it was closed', async () => {
      const report = await fileReport(hub, contributor.client);
      const referred = await board.client.error(SET_STATUS, {
        input: { reportId: report.id, status: ReportStatus.REFERRED_ELSEWHERE, note: ' ' },
      });
      expect(referred.extensions.fields).toEqual([{ field: 'note', message: expect.stringMatching(/Freedom to Speak Up Guardian/) }]);
      const closed = await board.client.error(SET_STATUS, { input: { reportId: report.id, status: ReportStatus.CLOSED } });
      expect(closed.extensions.fields).toEqual([{ field: 'note', message: 'Enter why the report is closed' }]);

      const note = 'Referred to the trust’s Freedom to Speak Up Guardian';
      const { setReportStatus } = await board.client.ok(SET_STATUS, {
        input: { reportId: report.id, status: ReportStatus.REFERRED_ELSEWHERE, note },
      });
      expect(setReportStatus).toMatchObject({ status: 'REFERRED_ELSEWHERE', statusNote: note });
    });

    it('refuses a skipped step, a recommendation that does not exist, and an unknown report', async () => {
      const report = await fileReport(hub, contributor.client);
      const skipped = await board.client.error(SET_STATUS, { input: { reportId: report.id, status: 'ADDRESSED' } });
      expect(skipped.extensions.fields).toEqual([
        { field: 'status', message: 'A report that is received can next be acknowledged, referred elsewhere or closed' },
      ]);

      await board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } });
      await board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'UNDER_REVIEW' } });
      const ghost = await board.client.error(SET_STATUS, {
        input: { reportId: report.id, status: 'ADDRESSED', recommendationId: randomUUID() },
      });
      expect(ghost.extensions.fields).toEqual([{ field: 'recommendationId', message: 'Choose a recommendation that exists' }]);
      expect((await board.client.ok(ONE, { id: report.id })).practiceGapReport.status).toBe('UNDER_REVIEW');

      expect((await board.client.error(SET_STATUS, { input: { reportId: randomUUID(), status: 'ACKNOWLEDGED' } })).extensions.code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });

    it('is for the board: FORBIDDEN to contributors, UNAUTHENTICATED to visitors', async () => {
      const report = await fileReport(hub, contributor.client);
      const input = { reportId: report.id, status: 'ACKNOWLEDGED' };
      expect((await contributor.client.error(SET_STATUS, { input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await hub.client().error(SET_STATUS, { input })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      const chair = await hub.account([Role.BOARD_MEMBER, Role.CHAIR]);
      expect((await chair.client.ok(SET_STATUS, { input })).setReportStatus.status).toBe('ACKNOWLEDGED');
    });
  });
});
