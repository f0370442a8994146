import type { DatabaseSchema } from './platform/database/data-source';
import { AccountEntity, SessionEntity } from './accounts/accounts.entity';
import { CommentEntity } from './ideas/comments.entity';
import { EndorsementEntity, IdeaEntity, IdeaFollowEntity, IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas/ideas.entity';
import { InterestEntity } from './interests/interests.entity';
import { Foundation1764086400000 } from './migrations/1764086400000-Foundation';
import { IdeasAndReports1764172800000 } from './migrations/1764172800000-IdeasAndReports';
import { BoardWork1764259200000 } from './migrations/1764259200000-BoardWork';
import { AnonymousInbox1764950400000 } from './migrations/1764950400000-AnonymousInbox';
import { AttemptLimits1765036800000 } from './migrations/1765036800000-AttemptLimits';
import { IdempotencyKeys1765123200000 } from './migrations/1765123200000-IdempotencyKeys';
import { AuditLogByTime1765209600000 } from './migrations/1765209600000-AuditLogByTime';
import { FlagEntity, ModerationDecisionEntity } from './moderation/moderation.entity';
import { OrganisationEntity } from './organisations/organisations.entity';
import {
  ConflictDeclarationEntity,
  ImplementationUpdateEntity,
  RecommendationEntity,
  RecommendationRevisionEntity,
} from './recommendations/recommendations.entity';
import { PracticeGapReportEntity, ReportMessageEntity, ReportStatusChangeEntity } from './reports/reports.entity';
import { BoardNoteEntity, ReviewAssignmentEntity, ReviewEntity } from './reviews/reviews.entity';
import { ThemeEntity } from './themes/themes.entity';
import { BallotEntity, VoteEntity, VoteRecusalEntity } from './votes/votes.entity';

export const ENTITIES = [
  AccountEntity,
  SessionEntity,
  ThemeEntity,
  IdeaEntity,
  IdeaStatusChangeEntity,
  IdeaRevisionEntity,
  EndorsementEntity,
  IdeaFollowEntity,
  CommentEntity,
  FlagEntity,
  ModerationDecisionEntity,
  RecommendationEntity,
  RecommendationRevisionEntity,
  ConflictDeclarationEntity,
  ImplementationUpdateEntity,
  OrganisationEntity,
  PracticeGapReportEntity,
  ReportMessageEntity,
  ReportStatusChangeEntity,
  ReviewAssignmentEntity,
  ReviewEntity,
  BoardNoteEntity,
  InterestEntity,
  VoteEntity,
  BallotEntity,
  VoteRecusalEntity,
];

/** Listed by class, oldest first, so the same list works from sources (tests) and from the build. */
export const MIGRATIONS = [
  Foundation1764086400000,
  IdeasAndReports1764172800000,
  BoardWork1764259200000,
  AnonymousInbox1764950400000,
  AttemptLimits1765036800000,
  IdempotencyKeys1765123200000,
  AuditLogByTime1765209600000,
];

/** Every domain's tables and the migrations that make them: the ground floor (platform/) is handed them here. */
export const SCHEMA: DatabaseSchema = { entities: ENTITIES, migrations: MIGRATIONS };
