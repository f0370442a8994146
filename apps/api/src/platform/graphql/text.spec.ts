import { cleanText, fieldLabel, trimText } from './text';
import type { FieldError } from './errors';

describe('the input rule for text', () => {
  it('trims and empties invisible characters as well as spaces', () => {
    expect(trimText('\u200B\u00A0 Title\u2060\uFEFF ')).toBe('Title');
    expect(cleanText({ title: '\u200B\u200C\u200D', tags: ['\u00A0'] }, '', [])).toEqual({ title: '', tags: [''] });
  });

  it('normalises to NFC, inside input objects and lists too', () => {
    expect(cleanText({ evidence: [{ label: 'Cafe\u0301' }] }, '', [])).toEqual({ evidence: [{ label: 'Caf\u00e9' }] });
  });

  it('names every field holding a character that cannot be stored, with its path', () => {
    const errors: FieldError[] = [];
    cleanText({ title: 'a\u0000b', evidence: [{ label: 'ok' }, { label: '\uDC00' }], emoji: '\uD83D\uDE00' }, '', errors);
    expect(errors).toEqual([
      { field: 'title', message: 'Title contains a character that cannot be stored: remove it and try again' },
      { field: 'evidence.1.label', message: 'Label contains a character that cannot be stored: remove it and try again' },
    ]);
    expect(fieldLabel('organisationName')).toBe('Organisation name');
  });
});
