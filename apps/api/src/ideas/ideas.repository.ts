import { IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import { listed } from './ideas.access';
import type { IdeaEntity } from './ideas.entity';
import type { StatusChange } from './ideas.history';

/** What another domain needs of a submitted idea to work on it (the board's review). */
export interface SubmittedIdeaRow {
  id: string;
  title: string;
  status: IdeaStatus;
  hidden: boolean;
  submittedAt: Date;
  themeId: string | null;
}

const IDEA_COLUMNS = `id, title, summary, problem, proposal, benefits, evidence, tags, theme_id AS "themeId", author_id AS "authorId",
  status, version, declined_reason AS "declinedReason", merged_into_id AS "mergedIntoId", hidden_at AS "hiddenAt",
  endorsement_count AS "endorsementCount", comment_count AS "commentCount", submitted_at AS "submittedAt",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

@Injectable()
export class IdeasRepository {
  /** Never a draft: a draft has no submittedAt and is its author's alone. */
  findSubmitted(db: Queryable, id: string): Promise<SubmittedIdeaRow | undefined> {
    return firstRow<SubmittedIdeaRow>(
      db,
      `SELECT id, title, status, hidden_at IS NOT NULL AS hidden, submitted_at AS "submittedAt", theme_id AS "themeId"
         FROM ideas WHERE id = $1 AND status <> 'DRAFT'`,
      [id],
    );
  }

  findByIds(db: Queryable, ids: readonly string[]): Promise<IdeaEntity[]> {
    return rows(db, `SELECT ${IDEA_COLUMNS} FROM ideas WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** How many of these ideas anyone may find in a list. */
  async countListed(db: Queryable, ids: readonly string[]): Promise<number> {
    const counted = await firstRow<{ count: number }>(
      db,
      `SELECT count(*)::int AS count FROM ideas idea WHERE idea.id = ANY($1::uuid[]) AND ${listed('idea')}`,
      [ids],
    );
    return counted!.count;
  }

  /** Locked in id order, as merging locks them, so that the two never deadlock. */
  lockForAdoption(db: Queryable, ids: readonly string[]): Promise<IdeaEntity[]> {
    return rows(db, `SELECT ${IDEA_COLUMNS} FROM ideas WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  /** Moves an idea to ADOPTED_INTO_RECOMMENDATION, in its public history too. */
  async adopt(db: Queryable, change: Omit<StatusChange, 'toStatus'>): Promise<void> {
    await rows(
      db,
      `WITH adopted AS (UPDATE ideas SET status = $2, declined_reason = NULL, updated_at = now() WHERE id = $1)
       INSERT INTO idea_status_changes (idea_id, from_status, to_status, reason, actor_id) VALUES ($1, $3, $2, $4, $5)`,
      [change.ideaId, IdeaStatus.ADOPTED_INTO_RECOMMENDATION, change.fromStatus, change.reason ?? null, change.actorId],
    );
  }
}
