import { INTEREST_MESSAGES } from '@ideas-hub/domain';
import { describe, expect, it } from 'vitest';
import { checkInterest, emptyDate, INTEREST_DATE_MESSAGES } from './interestChecks';

const ACME = { organisation: ' Acme Health Ltd ', nature: ' Paid advisory role ' };

describe('checking a register entry', () => {
  it('sends the dates as the API takes them, and an empty end date as ongoing', () => {
    expect(checkInterest({ ...ACME, from: { day: '1', month: '4', year: '2025' }, to: emptyDate() })).toEqual({
      ok: true,
      input: { organisation: 'Acme Health Ltd', nature: 'Paid advisory role', from: '2025-04-01', to: null },
    });
  });

  it('names every missing answer at once', () => {
    expect(checkInterest({ organisation: ' ', nature: '', from: emptyDate(), to: emptyDate() })).toEqual({
      ok: false,
      errors: {
        organisation: INTEREST_MESSAGES.organisationMissing,
        nature: INTEREST_MESSAGES.natureMissing,
        from: INTEREST_MESSAGES.fromMissing,
      },
    });
  });

  it('refuses dates that are not on the calendar, or only partly given', () => {
    const result = checkInterest({ ...ACME, from: { day: '29', month: '2', year: '2025' }, to: { day: '', month: '3', year: '2026' } });
    expect(result).toEqual({ ok: false, errors: { from: INTEREST_DATE_MESSAGES.fromInvalid, to: INTEREST_DATE_MESSAGES.toInvalid } });
  });

  it('refuses an end before the start', () => {
    const result = checkInterest({ ...ACME, from: { day: '1', month: '4', year: '2025' }, to: { day: '31', month: '3', year: '2025' } });
    expect(result).toEqual({ ok: false, errors: { to: INTEREST_MESSAGES.toBeforeFrom } });
  });
});
