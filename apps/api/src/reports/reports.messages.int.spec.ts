import { ErrorCode } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import type { TestAccount, TestHub } from '../../test/hub';
import { fileReport, ONE, REPLY, startReportsHub } from '../../test/reports';

describe('practice gap reports', () => {
  let hub: TestHub;
  let board: TestAccount;
  let contributor: TestAccount;
  beforeAll(async () => ({ hub, board, contributor } = await startReportsHub()));
  afterAll(() => hub.close());

  describe('replyToReport', () => {
    it('lets a board member reply as the board and the named reporter answer on their own report', async () => {
      const reporter = await hub.account([], 'Replying Rae');
      const report = await fileReport(hub, reporter.client);
      const reply = (await board.client.ok(REPLY, { reportId: report.id, body: '  Thank you: which ward?  ' })).replyToReport;
      expect(reply).toMatchObject({ authorKind: 'BOARD', authorName: 'Board Member Bea', body: 'Thank you: which ward?' });
      const answer = (await reporter.client.ok(REPLY, { reportId: report.id, body: 'The acute medical unit.' })).replyToReport;
      expect(answer).toMatchObject({ authorKind: 'REPORTER', authorName: 'Replying Rae' });

      const { practiceGapReport } = await board.client.ok(ONE, { id: report.id });
      expect(practiceGapReport.messages.map((m: { authorKind: string; authorName: string }) => [m.authorKind, m.authorName])).toEqual([
        ['BOARD', 'Board Member Bea'],
        ['REPORTER', 'Replying Rae'],
      ]);
      const [stored] = await hub.db.query(`SELECT board_author_id FROM report_messages WHERE id = $1`, [answer.id]);
      expect(stored.board_author_id).toBeNull();
    });

    it('answers NOT_FOUND to anyone else, as for a report that does not exist, and asks visitors to sign in', async () => {
      const report = await fileReport(hub, contributor.client);
      const stranger = await hub.account();
      const refused = await stranger.client.error(REPLY, { reportId: report.id, body: 'Me too' });
      const missing = await stranger.client.error(REPLY, { reportId: randomUUID(), body: 'Me too' });
      expect(refused).toEqual(missing);
      expect(refused.extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await hub.client().error(REPLY, { reportId: report.id, body: 'Hello' })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    });

    it('names an empty message and one holding patient data', async () => {
      const report = await fileReport(hub, contributor.client);
      expect((await board.client.error(REPLY, { reportId: report.id, body: '  ' })).extensions.fields).toEqual([
        { field: 'body', message: 'Enter your message' },
      ]);
      const error = await board.client.error(REPLY, { reportId: report.id, body: 'Is this about the patient at SW1A 1AA?' });
      expect(error.extensions.fields).toEqual([{ field: 'body', message: expect.stringMatching(/postcode/) }]);
    });
  });
});
