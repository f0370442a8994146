import { ImplementationStatus, RECOMMENDATION_MESSAGES as M } from '@ideas-hub/domain';
import { implementationUpdateErrors } from './recommendations.rules';

describe('implementation update rules', () => {
  it('needs a note only when the recommendation is not taken forward, and names every wrong field', () => {
    expect(implementationUpdateErrors(ImplementationStatus.ACCEPTED, null, '2026-03-31')).toEqual([]);
    expect(implementationUpdateErrors(ImplementationStatus.NOT_TAKEN_FORWARD, 'Superseded by national policy', '2026-03-31')).toEqual([]);
    expect(implementationUpdateErrors(ImplementationStatus.NOT_TAKEN_FORWARD, null, '2026-02-30')).toEqual([
      { field: 'note', message: M.noteMissingForNotTakenForward },
      { field: 'effectiveDate', message: M.effectiveDateFormat },
    ]);
  });
});
