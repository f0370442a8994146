import { ANONYMOUS, Audience, Role } from './roles';

/**
 * Everything a caller can ask the API to do. Each resolver field names exactly
 * one of these; the policy below says who may do it.
 */
export enum Action {
  ReadPublished = 'ReadPublished',
  ReadOwnAccount = 'ReadOwnAccount',
  Register = 'Register',
  SignIn = 'SignIn',
  SignOut = 'SignOut',
  UpdateOwnProfile = 'UpdateOwnProfile',
  ListAccounts = 'ListAccounts',
  GrantRole = 'GrantRole',
  RevokeRole = 'RevokeRole',
  DisableAccount = 'DisableAccount',
  /** Save, submit and edit one's own ideas; list them. */
  SubmitIdea = 'SubmitIdea',
  EndorseIdea = 'EndorseIdea',
  CommentOnIdea = 'CommentOnIdea',
  FollowIdea = 'FollowIdea',
  FlagContent = 'FlagContent',
  ModerateContent = 'ModerateContent',
  MergeIdea = 'MergeIdea',
  ChangeIdeaStatus = 'ChangeIdeaStatus',
  /** Open and confidential reports need an account (checked in the service); anonymous ones must not. */
  ReportPracticeGap = 'ReportPracticeGap',
  /** With a receipt and passphrase, or as the signed-in reporter. */
  FollowOwnReport = 'FollowOwnReport',
  /** The open and confidential reports one's own account sent: only a signed-in caller has any. */
  ReadOwnReports = 'ReadOwnReports',
  ReadReports = 'ReadReports',
  ReplyToReport = 'ReplyToReport',
  SetReportStatus = 'SetReportStatus',
  /** See who sent a confidential report. */
  SeeConfidentialReporter = 'SeeConfidentialReporter',
  /** The review queue, reviews, and the board's private discussion. */
  ReadReviewWork = 'ReadReviewWork',
  AssignReviewer = 'AssignReviewer',
  SubmitReview = 'SubmitReview',
  DiscussInBoard = 'DiscussInBoard',
  DeclareInterest = 'DeclareInterest',
  DeclareConflict = 'DeclareConflict',
  DraftRecommendation = 'DraftRecommendation',
  /** Drafts, revisions and votes before publication. */
  ReadBoardRecommendations = 'ReadBoardRecommendations',
  OpenVote = 'OpenVote',
  CastVote = 'CastVote',
  CloseVote = 'CloseVote',
  PublishRecommendation = 'PublishRecommendation',
  RecordImplementationUpdate = 'RecordImplementationUpdate',
  FollowRecommendation = 'FollowRecommendation',
  ReadAuditLog = 'ReadAuditLog',
  ReadNotifications = 'ReadNotifications',
}

const SIGNED_IN: readonly Audience[] = [Role.CONTRIBUTOR, Role.BOARD_MEMBER, Role.CHAIR, Role.ADMIN];
const EVERYONE: readonly Audience[] = [ANONYMOUS, ...SIGNED_IN];
const ADMINS: readonly Audience[] = [Role.ADMIN];
const BOARD: readonly Audience[] = [Role.BOARD_MEMBER, Role.CHAIR, Role.ADMIN];
const CHAIR_AND_ADMINS: readonly Audience[] = [Role.CHAIR, Role.ADMIN];
/** Those who review and vote: administrators run the hub but are not members of the board. */
const MEMBERS: readonly Audience[] = [Role.BOARD_MEMBER, Role.CHAIR];
const CHAIR: readonly Audience[] = [Role.CHAIR];

/** The one permission table (role × action), used by the API guard and by the web to show or hide actions. */
export const POLICY: Readonly<Record<Action, readonly Audience[]>> = {
  [Action.ReadPublished]: EVERYONE,
  [Action.ReadOwnAccount]: EVERYONE,
  [Action.Register]: EVERYONE,
  [Action.SignIn]: EVERYONE,
  [Action.SignOut]: EVERYONE,
  [Action.UpdateOwnProfile]: SIGNED_IN,
  [Action.ListAccounts]: ADMINS,
  [Action.GrantRole]: ADMINS,
  [Action.RevokeRole]: ADMINS,
  [Action.DisableAccount]: ADMINS,
  [Action.SubmitIdea]: SIGNED_IN,
  [Action.EndorseIdea]: SIGNED_IN,
  [Action.CommentOnIdea]: SIGNED_IN,
  [Action.FollowIdea]: SIGNED_IN,
  [Action.FlagContent]: SIGNED_IN,
  [Action.ModerateContent]: ADMINS,
  [Action.MergeIdea]: BOARD,
  [Action.ChangeIdeaStatus]: CHAIR_AND_ADMINS,
  [Action.ReportPracticeGap]: EVERYONE,
  [Action.FollowOwnReport]: EVERYONE,
  [Action.ReadOwnReports]: SIGNED_IN,
  [Action.ReadReports]: BOARD,
  [Action.ReplyToReport]: SIGNED_IN,
  [Action.SetReportStatus]: BOARD,
  [Action.SeeConfidentialReporter]: CHAIR_AND_ADMINS,
  [Action.ReadReviewWork]: BOARD,
  [Action.AssignReviewer]: CHAIR_AND_ADMINS,
  [Action.SubmitReview]: MEMBERS,
  [Action.DiscussInBoard]: BOARD,
  [Action.DeclareInterest]: MEMBERS,
  [Action.DeclareConflict]: MEMBERS,
  [Action.DraftRecommendation]: MEMBERS,
  [Action.ReadBoardRecommendations]: BOARD,
  [Action.OpenVote]: CHAIR,
  [Action.CastVote]: MEMBERS,
  [Action.CloseVote]: CHAIR,
  [Action.PublishRecommendation]: CHAIR,
  [Action.RecordImplementationUpdate]: CHAIR,
  [Action.FollowRecommendation]: SIGNED_IN,
  [Action.ReadAuditLog]: CHAIR_AND_ADMINS,
  [Action.ReadNotifications]: SIGNED_IN,
};

/** The audiences a caller belongs to: anonymous, or each role of their account. */
export function audiencesOf(roles: readonly Role[] | null | undefined): readonly Audience[] {
  return roles && roles.length > 0 ? roles : [ANONYMOUS];
}

export function can(roles: readonly Role[] | null | undefined, action: Action): boolean {
  const allowed = POLICY[action];
  return audiencesOf(roles).some((audience) => allowed.includes(audience));
}

/** True when signing in could grant the action: the guard then answers UNAUTHENTICATED, not FORBIDDEN. */
export function needsSignIn(action: Action): boolean {
  return !POLICY[action].includes(ANONYMOUS);
}
