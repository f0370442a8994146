import { Benefit, IdeaStatus, Profession, Role } from '@ideas-hub/domain';
import type { IdeaCommentThreadFragment, IdeaDraftFragment, IdeaQuery } from '../graphql/generated/graphql';

/** Test data for the ideas pages, shaped as the API answers. */
export const account = (id: string, name: string, roles: Role[] = [Role.CONTRIBUTOR]) => ({
  id,
  name,
  email: `${id}@example.nhs.uk`,
  profession: Profession.CLINICIAN,
  organisation: null,
  roles,
});

export const ASHA = account('a1', 'Asha Patel');
export const BEN = account('b2', 'Ben Okafor');
export const ADMIN = account('c3', 'Chris Admin', [Role.CONTRIBUTOR, Role.ADMIN]);
export const signedIn = (me: ReturnType<typeof account>) => ({ data: { me } });

export const THEMES = [
  { id: 't1', name: 'Interoperability', slug: 'interoperability' },
  { id: 't2', name: 'Workforce', slug: 'workforce' },
];

export function aDraft(overrides: Partial<IdeaDraftFragment> = {}): IdeaDraftFragment {
  return {
    id: 'd1',
    title: 'Share discharge summaries as structured documents',
    summary: 'Send discharge summaries to GPs as structured FHIR documents.',
    problem: 'GP practices retype discharge letters by hand.',
    proposal: 'Every trust sends FHIR discharge summaries.',
    benefits: [Benefit.PATIENT_OUTCOMES, Benefit.STAFF_TIME_AND_WELLBEING],
    evidence: [{ label: 'PRSB standard', url: 'https://theprsb.org/standards/' }],
    tags: ['discharge', 'fhir'],
    theme: { id: 't1', name: 'Interoperability' },
    status: IdeaStatus.DRAFT,
    version: 1,
    canEdit: true,
    ...overrides,
  };
}

export function aComment(id: string, author = BEN, replies: IdeaCommentThreadFragment['replies'] = []): IdeaCommentThreadFragment {
  return {
    id,
    body: `Comment ${id}`,
    bodyHtml: `<p>Comment <strong>${id}</strong></p>`,
    createdAt: '2026-03-04T10:00:00Z',
    hidden: false,
    author: { id: author.id, name: author.name, profession: author.profession },
    replies,
  };
}

export function anIdea(overrides: Partial<IdeaQuery['idea']> = {}): IdeaQuery['idea'] {
  const { title, summary, problem, proposal, benefits, evidence, tags, theme } = aDraft();
  return {
    id: 'i1',
    title,
    summary,
    problem,
    proposal,
    benefits,
    evidence,
    tags,
    theme,
    canEdit: false,
    status: IdeaStatus.SUBMITTED,
    declinedReason: null,
    mergedInto: null,
    author: { id: ASHA.id, name: ASHA.name, profession: ASHA.profession },
    submittedAt: '2026-03-03T10:00:00Z',
    endorsementCount: 3,
    endorsedByMe: false,
    followedByMe: false,
    hidden: false,
    history: [{ fromStatus: IdeaStatus.DRAFT, toStatus: IdeaStatus.SUBMITTED, reason: null, at: '2026-03-03T10:00:00Z' }],
    revisions: [],
    comments: [],
    ...overrides,
  };
}
