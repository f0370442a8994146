import { LIMITS } from '@ideas-hub/domain';
import { describe, expect, it } from 'vitest';
import { COMPLETE_ANSWERS } from '../test/fixtures';
import { checkEvidence, checkGuidance, checkReport, checkUrl, REPORT_MESSAGES } from './reportChecks';
import { emptyAnswers } from './reportDraft';

describe('checking report answers', () => {
  it('accepts only web addresses as links', () => {
    expect(checkUrl('https://www.nice.org.uk/guidance/ng28')).toBeUndefined();
    expect(checkUrl('http://example.org')).toBeUndefined();
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'www.nice.org.uk', 'https:// spaced.org']) {
      expect({ bad, message: checkUrl(bad) }).toEqual({ bad, message: REPORT_MESSAGES.urlFormat });
    }
    expect(checkUrl(`https://example.org/${'a'.repeat(LIMITS.urlMax)}`)).toBe(REPORT_MESSAGES.urlTooLong);
  });

  it('asks for the guidance, and checks the optional link only when given', () => {
    expect(checkGuidance({ guidance: '  ', guidanceUrl: '' })).toEqual({
      ok: false,
      errors: { guidance: REPORT_MESSAGES.guidanceMissing },
    });
    expect(checkGuidance({ guidance: ' NG28 ', guidanceUrl: 'nice.org.uk' })).toEqual({
      ok: false,
      errors: { guidanceUrl: REPORT_MESSAGES.urlFormat },
    });
    expect(checkGuidance({ guidance: ' NG28 ', guidanceUrl: '' })).toEqual({ ok: true, input: { guidance: 'NG28', guidanceUrl: '' } });
  });

  it('drops blank evidence rows and asks for the missing half of the others, by row', () => {
    expect(
      checkEvidence([
        { label: ' ', url: '' },
        { label: 'Audit', url: '' },
        { label: '', url: 'https://example.org' },
      ]),
    ).toEqual({
      ok: false,
      errors: { 'evidence.0.url': REPORT_MESSAGES.evidenceUrlMissing, 'evidence.1.label': REPORT_MESSAGES.evidenceLabelMissing },
    });
    expect(checkEvidence([{ label: '', url: '' }])).toEqual({ ok: true, input: { evidence: [] } });
  });

  it('checks every answer again before sending, naming problems by the API’s field names', () => {
    const result = checkReport({ ...emptyAnswers(), guidance: 'NG28', impact: 'Seen at SW1A 1AA' });

    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['identityMode', 'whatHappens', 'whatShouldHappen', 'impact']);
    expect(!result.ok && result.errors.impact).toContain('Remove what looks like a postcode');
  });

  it('sends a listed organisation by its ODS code and nothing typed', () => {
    const result = checkReport({
      ...structuredClone(COMPLETE_ANSWERS),
      organisation: { odsCode: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' },
    });

    expect(result.ok && [result.input.organisationOdsCode, result.input.organisationName]).toEqual(['RR8', null]);
  });
});
