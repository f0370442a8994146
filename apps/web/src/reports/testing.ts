import { IdentityMode, Profession, ReportMessageAuthor, ReportStatus, Role } from '@ideas-hub/domain';
import type { BoardReportFragment } from '../graphql/generated/graphql';

/** Test data for the report pages' specs. */
export function signedInAs(...roles: Role[]) {
  return {
    data: {
      me: {
        id: 'account-1',
        name: 'Priya Shah',
        email: 'priya@example.nhs.uk',
        profession: Profession.CLINICIAN,
        organisation: null,
        roles: [Role.CONTRIBUTOR, ...roles],
      },
    },
  };
}

export function aReport(overrides: Partial<BoardReportFragment> = {}): BoardReportFragment {
  return {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    receiptCode: 'GAP-7K4M-Q2XD',
    identityMode: IdentityMode.ANONYMOUS,
    reporter: null,
    theme: null,
    guidance: 'NICE NG51 sepsis',
    guidanceUrl: 'https://www.nice.org.uk/guidance/ng51',
    organisation: { odsCode: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' },
    organisationName: null,
    whatHappens: 'Screening is skipped at night.',
    whatShouldHappen: 'Every adult is screened within an hour.',
    impact: 'Late antibiotics.',
    evidence: [{ label: 'Audit 2025', url: 'https://example.org/audit' }],
    status: ReportStatus.UNDER_REVIEW,
    statusNote: 'The board is asking the trust for its audit.',
    recommendationId: null,
    createdAt: '2026-03-03T10:00:00.000Z',
    boardSeesOn: null,
    messages: [
      {
        id: 'm1',
        authorKind: ReportMessageAuthor.BOARD,
        authorName: null,
        body: 'Which wards does this affect?',
        createdAt: '2026-03-04T10:00:00.000Z',
      },
    ],
    history: [
      { fromStatus: null, toStatus: ReportStatus.RECEIVED, note: null, at: '2026-03-03T10:00:00.000Z' },
      { fromStatus: ReportStatus.RECEIVED, toStatus: ReportStatus.ACKNOWLEDGED, note: null, at: '2026-03-04T09:00:00.000Z' },
      {
        fromStatus: ReportStatus.ACKNOWLEDGED,
        toStatus: ReportStatus.UNDER_REVIEW,
        note: 'Asked the trust',
        at: '2026-03-05T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** What a person types through every question page, with no patient data in it. */
export const COMPLETE_ANSWERS = {
  identityMode: IdentityMode.ANONYMOUS,
  guidance: ' NICE NG51 sepsis ',
  guidanceUrl: '',
  organisation: null,
  organisationName: 'St Elsewhere Community Hospital',
  whatHappens: 'Screening is skipped at night.',
  whatShouldHappen: 'Every adult is screened within an hour.',
  impact: 'Late antibiotics.',
  evidence: [{ label: 'Audit 2025', url: 'https://example.org/audit' }],
};
