import { Injectable } from '@nestjs/common';
import { firstRow, Queryable, rows } from '../platform/database/database';
import type { InterestEntity } from './interests.entity';

export type NewInterest = Pick<InterestEntity, 'memberId' | 'organisation' | 'nature' | 'from' | 'to'>;

// Dates as text: they are calendar days (YYYY-MM-DD), never shifted by a time zone.
const INTEREST_COLUMNS = `id, member_id AS "memberId", organisation, nature, from_date::text AS "from", to_date::text AS "to",
  created_at AS "createdAt"`;

@Injectable()
export class InterestsRepository {
  /** The most recent interests first. */
  registersOf(db: Queryable, memberIds: readonly string[]): Promise<InterestEntity[]> {
    return rows(
      db,
      `SELECT ${INTEREST_COLUMNS} FROM interests WHERE member_id = ANY($1::uuid[]) ORDER BY from_date DESC, created_at DESC`,
      [memberIds],
    );
  }

  async insert(db: Queryable, interest: NewInterest): Promise<InterestEntity> {
    const inserted = await firstRow<InterestEntity>(
      db,
      `INSERT INTO interests (member_id, organisation, nature, from_date, to_date) VALUES ($1, $2, $3, $4, $5)
       RETURNING ${INTEREST_COLUMNS}`,
      [interest.memberId, interest.organisation, interest.nature, interest.from, interest.to],
    );
    return inserted!;
  }

  /**
   * Member id → the organisations, as written in their register, of the entries active on that day that name one of
   * these organisations (compared trimmed and case-insensitively).
   */
  async activeNaming(
    db: Queryable,
    memberIds: readonly string[],
    organisations: readonly string[],
    on: Date,
  ): Promise<Map<string, string[]>> {
    const found = await rows<{ memberId: string; organisations: string[] }>(
      db,
      // Register dates are days in England: the instant is read as a London date.
      `SELECT member_id AS "memberId", array_agg(DISTINCT organisation ORDER BY organisation) AS organisations
         FROM interests
        WHERE member_id = ANY($1::uuid[])
          AND lower(btrim(organisation)) IN (SELECT lower(btrim(name)) FROM unnest($2::text[]) AS name)
          AND from_date <= ($3::timestamptz AT TIME ZONE 'Europe/London')::date
          AND (to_date IS NULL OR to_date >= ($3::timestamptz AT TIME ZONE 'Europe/London')::date)
        GROUP BY member_id`,
      [memberIds, organisations, on.toISOString()],
    );
    return new Map(found.map((row) => [row.memberId, row.organisations]));
  }
}
