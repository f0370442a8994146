/** The three Freedom to Speak Up routes. */
export enum IdentityMode {
  /** Named, and the name is visible to the board. */
  OPEN = 'OPEN',
  /** Named, but the name is visible only to the chair and administrators. */
  CONFIDENTIAL = 'CONFIDENTIAL',
  /** No link to any account, session, address or device is kept; a receipt and passphrase give access. */
  ANONYMOUS = 'ANONYMOUS',
}

/** Who may see the name on a confidential report (the policy's SeeConfidentialReporter), said the same way on every page. */
export const CONFIDENTIAL_REPORT_READERS = 'the chair and administrators';

export const IDENTITY_MODE_LABELS: Record<IdentityMode, string> = {
  [IdentityMode.OPEN]: 'Openly, with my name',
  [IdentityMode.CONFIDENTIAL]: `Confidentially: only ${CONFIDENTIAL_REPORT_READERS} see my name`,
  [IdentityMode.ANONYMOUS]: 'Anonymously: nobody, including the board, can know who I am',
};

export enum ReportStatus {
  RECEIVED = 'RECEIVED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ADDRESSED = 'ADDRESSED',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  CLOSED = 'CLOSED',
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  [ReportStatus.RECEIVED]: 'Received',
  [ReportStatus.ACKNOWLEDGED]: 'Acknowledged',
  [ReportStatus.UNDER_REVIEW]: 'Under review',
  [ReportStatus.ADDRESSED]: 'Addressed',
  [ReportStatus.REFERRED_ELSEWHERE]: 'Referred elsewhere',
  [ReportStatus.CLOSED]: 'Closed',
};

export enum ReportMessageAuthor {
  BOARD = 'BOARD',
  REPORTER = 'REPORTER',
}

/** RECEIVED → ACKNOWLEDGED → UNDER_REVIEW → ADDRESSED; referring elsewhere or closing can end it at any open step. */
export const NEXT_REPORT_STATUSES: Readonly<Record<ReportStatus, readonly ReportStatus[]>> = {
  [ReportStatus.RECEIVED]: [ReportStatus.ACKNOWLEDGED, ReportStatus.REFERRED_ELSEWHERE, ReportStatus.CLOSED],
  [ReportStatus.ACKNOWLEDGED]: [ReportStatus.UNDER_REVIEW, ReportStatus.REFERRED_ELSEWHERE, ReportStatus.CLOSED],
  [ReportStatus.UNDER_REVIEW]: [ReportStatus.ADDRESSED, ReportStatus.REFERRED_ELSEWHERE, ReportStatus.CLOSED],
  [ReportStatus.ADDRESSED]: [],
  [ReportStatus.REFERRED_ELSEWHERE]: [],
  [ReportStatus.CLOSED]: [],
};
