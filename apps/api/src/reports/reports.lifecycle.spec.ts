import { ReportStatus } from '@ideas-hub/domain';
import { statusChangeErrors } from './reports.lifecycle';

const change = (status: ReportStatus, note: string | null = null, recommendationId: string | null = null) => ({
  status,
  note,
  recommendationId,
});

describe('the report lifecycle', () => {
  it('moves forward one step at a time to addressed', () => {
    expect(statusChangeErrors(ReportStatus.RECEIVED, change(ReportStatus.ACKNOWLEDGED))).toEqual([]);
    expect(statusChangeErrors(ReportStatus.ACKNOWLEDGED, change(ReportStatus.UNDER_REVIEW))).toEqual([]);
    expect(statusChangeErrors(ReportStatus.UNDER_REVIEW, change(ReportStatus.ADDRESSED, null, 'some-id'))).toEqual([]);
  });

  it('refuses skipping a step, naming what may come next', () => {
    expect(statusChangeErrors(ReportStatus.RECEIVED, change(ReportStatus.ADDRESSED))).toEqual([
      { field: 'status', message: 'A report that is received can next be acknowledged, referred elsewhere or closed' },
    ]);
  });

  it('refuses any change once a report is addressed, referred or closed', () => {
    for (const final of [ReportStatus.ADDRESSED, ReportStatus.REFERRED_ELSEWHERE, ReportStatus.CLOSED]) {
      expect(statusChangeErrors(final, change(ReportStatus.UNDER_REVIEW))[0]).toMatchObject({
        field: 'status',
        message: expect.stringMatching(/can no longer change/),
      });
    }
  });

  it('needs a note saying where a report was referred, or why it closed', () => {
    expect(statusChangeErrors(ReportStatus.RECEIVED, change(ReportStatus.REFERRED_ELSEWHERE))).toEqual([
      { field: 'note', message: expect.stringMatching(/Freedom to Speak Up Guardian/) },
    ]);
    expect(statusChangeErrors(ReportStatus.ACKNOWLEDGED, change(ReportStatus.CLOSED))).toEqual([
      { field: 'note', message: 'Enter why the report is closed' },
    ]);
    expect(statusChangeErrors(ReportStatus.ACKNOWLEDGED, change(ReportStatus.CLOSED, 'Duplicate of an earlier report'))).toEqual([]);
  });

  it('links a recommendation only to an addressed report', () => {
    expect(statusChangeErrors(ReportStatus.RECEIVED, change(ReportStatus.ACKNOWLEDGED, null, 'some-id'))).toEqual([
      { field: 'recommendationId', message: 'Link a recommendation only when marking the report addressed' },
    ]);
  });
});
