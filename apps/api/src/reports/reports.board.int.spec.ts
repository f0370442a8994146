import { ErrorCode, ReportStatus, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { fileReport, ONE, REPLY, reportsSuite, SET_STATUS } from '../../test/reports';

/** The board's side of a report: its conversation with the reporter and its status. */
describe('practice gap reports', () => {
  const suite = reportsSuite();

  describe('replyToReport', () => {
    it('lets a board member reply as the board and the named reporter answer on their own report', async () => {
      const reporter = await suite.hub.account([], 'Replying Rae');
      const report = await fileReport(suite.hub, reporter.client);
      const reply = (await suite.board.client.ok(REPLY, { reportId: report.id, body: '  Thank you: which ward?  ' })).replyToReport;
      expect(reply).toMatchObject({ authorKind: 'BOARD', authorName: 'Board Member Bea', body: 'Thank you: which ward?' });
      const answer = (await reporter.client.ok(REPLY, { reportId: report.id, body: 'The acute medical unit.' })).replyToReport;
      expect(answer).toMatchObject({ authorKind: 'REPORTER', authorName: 'Replying Rae' });

      const { practiceGapReport } = await suite.board.client.ok(ONE, { id: report.id });
      expect(practiceGapReport.messages.map((m: { authorKind: string; authorName: string }) => [m.authorKind, m.authorName])).toEqual([
        ['BOARD', 'Board Member Bea'],
        ['REPORTER', 'Replying Rae'],
      ]);
      const [stored] = await suite.hub.db.query(`SELECT board_author_id FROM report_messages WHERE id = $1`, [answer.id]);
      expect(stored.board_author_id).toBeNull();
    });

    it('answers NOT_FOUND to anyone else, as for a report that does not exist, and asks visitors to sign in', async () => {
      const report = await fileReport(suite.hub, suite.contributor.client);
      const stranger = await suite.hub.account();
      const refused = await stranger.client.error(REPLY, { reportId: report.id, body: 'Me too' });
      const missing = await stranger.client.error(REPLY, { reportId: randomUUID(), body: 'Me too' });
      expect(refused).toEqual(missing);
      expect(refused.extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await suite.hub.client().error(REPLY, { reportId: report.id, body: 'Hello' })).extensions.code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });

    it('names an empty message and one holding patient data', async () => {
      const report = await fileReport(suite.hub, suite.contributor.client);
      expect((await suite.board.client.error(REPLY, { reportId: report.id, body: '  ' })).extensions.fields).toEqual([
        { field: 'body', message: 'Enter your message' },
      ]);
      const error = await suite.board.client.error(REPLY, { reportId: report.id, body: 'Is this about the patient at SW1A 1AA?' });
      expect(error.extensions.fields).toEqual([{ field: 'body', message: expect.stringMatching(/postcode/) }]);
    });
  });

  describe('setReportStatus', () => {
    async function recommendation(): Promise<string> {
      const [row] = await suite.hub.db.query(
        `INSERT INTO recommendations (title, summary, rationale, status) VALUES ('R', 'S', 'R', 'DRAFT') RETURNING id`,
      );
      return row.id;
    }

    it('takes a report through its lifecycle, keeping each step in the history', async () => {
      const report = await fileReport(suite.hub, suite.contributor.client);
      const recommendationId = await recommendation();
      await suite.board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } });
      await suite.board.client.ok(SET_STATUS, {
        input: { reportId: report.id, status: 'UNDER_REVIEW', note: 'Raised at the March meeting' },
      });
      const { setReportStatus } = await suite.board.client.ok(SET_STATUS, {
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
      const again = await suite.board.client.error(SET_STATUS, { input: { reportId: report.id, status: 'CLOSED', note: 'Done' } });
      expect(again.extensions.fields).toEqual([{ field: 'status', message: 'This report is addressed: its status can no longer change' }]);
    });

    it('needs where a report was referred and why it was closed', async () => {
      const report = await fileReport(suite.hub, suite.contributor.client);
      const referred = await suite.board.client.error(SET_STATUS, {
        input: { reportId: report.id, status: ReportStatus.REFERRED_ELSEWHERE, note: ' ' },
      });
      expect(referred.extensions.fields).toEqual([{ field: 'note', message: expect.stringMatching(/Freedom to Speak Up Guardian/) }]);
      const closed = await suite.board.client.error(SET_STATUS, { input: { reportId: report.id, status: ReportStatus.CLOSED } });
      expect(closed.extensions.fields).toEqual([{ field: 'note', message: 'Enter why the report is closed' }]);

      const note = 'Referred to the trust’s Freedom to Speak Up Guardian';
      const { setReportStatus } = await suite.board.client.ok(SET_STATUS, {
        input: { reportId: report.id, status: ReportStatus.REFERRED_ELSEWHERE, note },
      });
      expect(setReportStatus).toMatchObject({ status: 'REFERRED_ELSEWHERE', statusNote: note });
    });

    it('refuses a skipped step, a recommendation that does not exist, and an unknown report', async () => {
      const report = await fileReport(suite.hub, suite.contributor.client);
      const skipped = await suite.board.client.error(SET_STATUS, { input: { reportId: report.id, status: 'ADDRESSED' } });
      expect(skipped.extensions.fields).toEqual([
        { field: 'status', message: 'A report that is received can next be acknowledged, referred elsewhere or closed' },
      ]);

      await suite.board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'ACKNOWLEDGED' } });
      await suite.board.client.ok(SET_STATUS, { input: { reportId: report.id, status: 'UNDER_REVIEW' } });
      const ghost = await suite.board.client.error(SET_STATUS, {
        input: { reportId: report.id, status: 'ADDRESSED', recommendationId: randomUUID() },
      });
      expect(ghost.extensions.fields).toEqual([{ field: 'recommendationId', message: 'Choose a recommendation that exists' }]);
      expect((await suite.board.client.ok(ONE, { id: report.id })).practiceGapReport.status).toBe('UNDER_REVIEW');

      expect(
        (await suite.board.client.error(SET_STATUS, { input: { reportId: randomUUID(), status: 'ACKNOWLEDGED' } })).extensions.code,
      ).toBe(ErrorCode.NOT_FOUND);
    });

    it('is for the board: FORBIDDEN to contributors, UNAUTHENTICATED to visitors', async () => {
      const report = await fileReport(suite.hub, suite.contributor.client);
      const input = { reportId: report.id, status: 'ACKNOWLEDGED' };
      expect((await suite.contributor.client.error(SET_STATUS, { input })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await suite.hub.client().error(SET_STATUS, { input })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      const chair = await suite.hub.account([Role.BOARD_MEMBER, Role.CHAIR]);
      expect((await chair.client.ok(SET_STATUS, { input })).setReportStatus.status).toBe('ACKNOWLEDGED');
    });
  });
});
