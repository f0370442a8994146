import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { ConflictDeclarationEntity } from './recommendations.entity';

const DECLARATION_COLUMNS = `recommendation_id AS "recommendationId", member_id AS "memberId", reason, created_at AS "createdAt"`;

/** Board members' declared conflicts of interest on recommendations. */
@Injectable()
export class ConflictDeclarationsRepository {
  find(db: Queryable, recommendationId: string, memberId: string): Promise<ConflictDeclarationEntity | undefined> {
    return firstRow(db, `SELECT ${DECLARATION_COLUMNS} FROM conflict_declarations WHERE recommendation_id = $1 AND member_id = $2`, [
      recommendationId,
      memberId,
    ]);
  }

  /** Declaring again takes the new reason and keeps the date of the first declaration. */
  async upsert(db: Queryable, recommendationId: string, memberId: string, reason: string): Promise<void> {
    await rows(
      db,
      `INSERT INTO conflict_declarations (recommendation_id, member_id, reason) VALUES ($1, $2, $3)
       ON CONFLICT (recommendation_id, member_id) DO UPDATE SET reason = EXCLUDED.reason`,
      [recommendationId, memberId, reason],
    );
  }

  /** Oldest first. */
  ofRecommendations(db: Queryable, recommendationIds: readonly string[]): Promise<ConflictDeclarationEntity[]> {
    return rows(
      db,
      `SELECT ${DECLARATION_COLUMNS} FROM conflict_declarations WHERE recommendation_id = ANY($1::uuid[]) ORDER BY created_at, member_id`,
      [recommendationIds],
    );
  }

  /** Member id → reason, for those of these members who declared a conflict on the recommendation. */
  async reasons(db: Queryable, recommendationId: string, memberIds: readonly string[]): Promise<Map<string, string>> {
    const found = await rows<{ memberId: string; reason: string }>(
      db,
      `SELECT member_id AS "memberId", reason FROM conflict_declarations WHERE recommendation_id = $1 AND member_id = ANY($2::uuid[])`,
      [recommendationId, memberIds],
    );
    return new Map(found.map((row) => [row.memberId, row.reason]));
  }
}
