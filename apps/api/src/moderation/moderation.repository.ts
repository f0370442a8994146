import { ContentType, ModerationDecision } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { Queryable, rows } from '../platform/database/database';

export interface ContentRef {
  contentType: ContentType;
  contentId: string;
}

export interface NewFlag extends ContentRef {
  flaggerId: string;
  reason: string;
}

export interface NewDecision extends ContentRef {
  decision: ModerationDecision;
  reason: string;
  moderatorId: string;
}

/** The open flags of one item, taken together. */
export interface OpenFlags extends ContentRef {
  flagCount: number;
  /** Oldest first. */
  reasons: string[];
  lastFlaggedAt: Date;
}

/** The only SQL on `flags` and `moderation_decisions`. */
@Injectable()
export class ModerationRepository {
  /**
   * Once per person and item: flagging again changes nothing while the first flag is open,
   * and reopens it after an administrator has decided, since the person still objects.
   */
  async flag(db: Queryable, flag: NewFlag): Promise<void> {
    await rows(
      db,
      `INSERT INTO flags (content_type, content_id, flagger_id, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (content_type, content_id, flagger_id)
       DO UPDATE SET reason = EXCLUDED.reason, created_at = now(), resolved_at = NULL WHERE flags.resolved_at IS NOT NULL`,
      [flag.contentType, flag.contentId, flag.flaggerId, flag.reason],
    );
  }

  async insertDecision(db: Queryable, decision: NewDecision): Promise<void> {
    await rows(
      db,
      `INSERT INTO moderation_decisions (content_type, content_id, decision, reason, moderator_id) VALUES ($1, $2, $3, $4, $5)`,
      [decision.contentType, decision.contentId, decision.decision, decision.reason, decision.moderatorId],
    );
  }

  async resolveFlags(db: Queryable, content: ContentRef): Promise<void> {
    await rows(db, `UPDATE flags SET resolved_at = now() WHERE content_type = $1 AND content_id = $2 AND resolved_at IS NULL`, [
      content.contentType,
      content.contentId,
    ]);
  }

  /** Items with open flags, the longest waiting first. */
  openFlags(db: Queryable, limit: number): Promise<OpenFlags[]> {
    return rows(
      db,
      `SELECT content_type AS "contentType", content_id AS "contentId", count(*)::int AS "flagCount",
              array_agg(reason ORDER BY created_at) AS reasons, max(created_at) AS "lastFlaggedAt"
         FROM flags WHERE resolved_at IS NULL
        GROUP BY content_type, content_id
        ORDER BY min(created_at), content_id
        LIMIT $1`,
      [limit],
    );
  }
}
