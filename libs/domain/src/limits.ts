/**
 * Input limits shared by the API's validators and the web's forms, so that
 * both show the same numbers to the person typing.
 */
export const LIMITS = {
  nameMax: 100,
  emailMax: 254,
  // NCSC advice: length over complexity rules; the upper bound keeps argon2 work bounded.
  passwordMin: 10,
  passwordMax: 128,
  organisationMax: 150,
  ideaTitleMax: 120,
  ideaSummaryMax: 500,
  /** The problem today and the proposed change: room for detail, bounded. */
  longTextMax: 5000,
  evidenceLinksMax: 10,
  evidenceLabelMax: 120,
  urlMax: 2000,
  tagsMax: 10,
  tagMax: 40,
  commentMax: 5000,
  reasonMax: 1000,
  searchQueryMax: 200,
  similarIdeasShown: 5,
  reportFieldMax: 5000,
  guidanceMax: 300,
  pageSizeMax: 100,
  pageSizeDefault: 20,
  /** The review queue shows the oldest items first, this many at most. */
  reviewQueueMax: 200,
  reviewScoreMin: 1,
  reviewScoreMax: 5,
  interestOrganisationMax: 200,
  interestNatureMax: 1000,
} as const;

/** The NHS.UK wording for text over its limit, the same on every form: "Title must be 120 characters or fewer". */
export function tooLongMessage(what: string, max: number): string {
  return `${what} must be ${max} characters or fewer`;
}
