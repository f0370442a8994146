import { Benefit, IDEA_MESSAGES } from '@ideas-hub/domain';
import { publicationErrors } from './ideas.rules';

const complete = {
  title: 'E-prescribing in community pharmacy',
  summary: 'Send prescriptions electronically.',
  problem: 'Paper prescriptions get lost.',
  proposal: 'Use the Electronic Prescription Service everywhere.',
  benefits: [Benefit.PATIENT_EXPERIENCE],
  themeId: '00000000-0000-0000-0000-000000000000',
};

describe('what an idea needs before it goes public', () => {
  it('accepts a complete idea', () => {
    expect(publicationErrors(complete)).toEqual([]);
  });

  it('names every missing part at once, in the order of the form', () => {
    expect(publicationErrors({ title: 'Only a title', benefits: [] }).map((error) => error.field)).toEqual([
      'summary',
      'problem',
      'proposal',
      'benefits',
      'themeId',
    ]);
    expect(publicationErrors({})[0]).toEqual({ field: 'title', message: IDEA_MESSAGES.titleMissing });
  });

  it('refuses what looks like patient-identifiable data in any free text, naming the field', () => {
    const errors = publicationErrors({ ...complete, problem: 'Mrs B, NHS number 943 476 5919, waited', proposal: 'Seen at LS1 3EX' });
    expect(errors.map((error) => error.field)).toEqual(['problem', 'proposal']);
    expect(errors[0].message).toMatch(/^Remove what looks like an NHS number \(“943 476 5919”\)/);
  });
});
