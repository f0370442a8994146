import type { IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { firstRow, Queryable } from '../platform/database/database';

/** What another domain needs of a submitted idea to work on it (the board's review). */
export interface SubmittedIdeaRow {
  id: string;
  title: string;
  status: IdeaStatus;
  hidden: boolean;
  submittedAt: Date;
  themeId: string | null;
}

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
}
