import { LIMITS, tooLongMessage } from './limits';

/** Where a published recommendation has got to, as the chair records it. */
export enum ImplementationStatus {
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  /** Needs a note saying why. */
  NOT_TAKEN_FORWARD = 'NOT_TAKEN_FORWARD',
}

export const IMPLEMENTATION_STATUS_LABELS: Record<ImplementationStatus, string> = {
  [ImplementationStatus.ACCEPTED]: 'Accepted',
  [ImplementationStatus.IN_PROGRESS]: 'In progress',
  [ImplementationStatus.IMPLEMENTED]: 'Implemented',
  [ImplementationStatus.NOT_TAKEN_FORWARD]: 'Not taken forward',
};

/** Sizes of a recommendation's parts: the web's form and the API check the same numbers. */
export const RECOMMENDATION_LIMITS = {
  titleMax: 200,
  summaryMax: 1000,
  rationaleMax: 10000,
  actionsMax: 20,
  actionMax: 1000,
  ownerMax: 200,
  audienceMax: 500,
  organisationsMax: 20,
  organisationMax: LIMITS.organisationMax,
  sourcesMax: 50,
  conflictReasonMax: 1000,
  implementationNoteMax: 5000,
} as const;

const L = RECOMMENDATION_LIMITS;

/** What a board member is told about the recommendation form; the web checks first and the API checks again. */
export const RECOMMENDATION_MESSAGES = {
  titleMissing: 'Enter a title for the recommendation',
  titleTooLong: tooLongMessage('Title', L.titleMax),
  summaryMissing: 'Enter a summary of the recommendation',
  summaryTooLong: tooLongMessage('Summary', L.summaryMax),
  rationaleMissing: 'Explain why the board recommends this',
  rationaleTooLong: tooLongMessage('Rationale', L.rationaleMax),
  actionsMissing: 'Add at least one action: what should change and who should act',
  actionsTooMany: `Add ${L.actionsMax} actions or fewer`,
  actionMissing: 'Enter what should change',
  actionTooLong: tooLongMessage('Each action', L.actionMax),
  ownerMissing: 'Enter who should act',
  ownerTooLong: tooLongMessage('Who should act', L.ownerMax),
  audienceMissing: 'Enter who the recommendation is for',
  audienceTooLong: tooLongMessage('Audience', L.audienceMax),
  themeMissing: 'Select a theme',
  themeUnknown: 'Select a theme from the list',
  organisationsTooMany: `Name ${L.organisationsMax} organisations or fewer`,
  organisationMissing: 'Enter the name of each organisation, or remove the empty one',
  organisationTooLong: tooLongMessage('Each organisation', L.organisationMax),
  sourcesMissing: 'Link at least one idea or report the recommendation draws on',
  ideasTooMany: `Link ${L.sourcesMax} ideas or fewer`,
  reportsTooMany: `Link ${L.sourcesMax} reports or fewer`,
  ideaUnavailable: 'Link only submitted ideas that are still open: one of these is a draft, merged, hidden or does not exist',
  reportUnknown: 'Link only reports that exist: one of these was not found',
  conflictReasonMissing: 'Enter the reason for your conflict of interest',
  conflictReasonTooLong: tooLongMessage('Reason', L.conflictReasonMax),
  noteMissingForNotTakenForward: 'Explain why the recommendation is not being taken forward',
  noteTooLong: tooLongMessage('Note', L.implementationNoteMax),
  effectiveDateFormat: 'Enter the date the update took effect as a real date, like 2026-03-31',
} as const;
