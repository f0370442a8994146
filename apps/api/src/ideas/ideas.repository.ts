import { IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { affectedRows, firstRow, Queryable, rows } from '../platform/database/database';
import { SqlParams } from '../platform/database/sql-params';
import { IdeaEntity } from './ideas.entity';

/** Every column of an idea, named as IdeaEntity names them; the table is always aliased `idea`. */
export const IDEA_COLUMNS = `idea.id, idea.title, idea.summary, idea.problem, idea.proposal, idea.benefits, idea.evidence, idea.tags,
  idea.theme_id AS "themeId", idea.author_id AS "authorId", idea.status, idea.version, idea.declined_reason AS "declinedReason",
  idea.merged_into_id AS "mergedIntoId", idea.hidden_at AS "hiddenAt", idea.endorsement_count AS "endorsementCount",
  idea.comment_count AS "commentCount", idea.submitted_at AS "submittedAt", idea.created_at AS "createdAt",
  idea.updated_at AS "updatedAt"`;

/** The ideas anyone may find in a list or search: never drafts, merged duplicates or hidden ideas, whoever asks. */
export const listed = (alias: string) =>
  `${alias}.status NOT IN ('${IdeaStatus.DRAFT}', '${IdeaStatus.MERGED}') AND ${alias}.hidden_at IS NULL`;

export type IdeaContentChanges = Partial<
  Pick<IdeaEntity, 'title' | 'summary' | 'problem' | 'proposal' | 'benefits' | 'evidence' | 'themeId' | 'tags'>
>;

const CONTENT_COLUMNS: Record<keyof IdeaContentChanges, string> = {
  title: 'title',
  summary: 'summary',
  problem: 'problem',
  proposal: 'proposal',
  benefits: 'benefits',
  evidence: 'evidence',
  themeId: 'theme_id',
  tags: 'tags',
};

/** The given parts of the content as `[column, $n]`; a part left out keeps its column's value (or default). */
function contentColumns(content: IdeaContentChanges, params: SqlParams): [string, string][] {
  return (Object.keys(content) as (keyof IdeaContentChanges)[])
    .filter((field) => content[field] !== undefined)
    .map((field) => [CONTENT_COLUMNS[field], params.add(field === 'evidence' ? JSON.stringify(content.evidence) : content[field])]);
}

/** What another domain needs of a submitted idea to work on it (the board's review). */
export interface SubmittedIdeaRow {
  id: string;
  title: string;
  status: IdeaStatus;
  hidden: boolean;
  submittedAt: Date;
  themeId: string | null;
}

/** How strongly a transaction holds an idea's row until it ends. */
export type IdeaLock = 'FOR UPDATE' | 'FOR NO KEY UPDATE';

/** The ideas table: an idea's content, status and the counters lists sort on. */
@Injectable()
export class IdeasRepository {
  findById(db: Queryable, id: string): Promise<IdeaEntity | undefined> {
    return firstRow<IdeaEntity>(db, `SELECT ${IDEA_COLUMNS} FROM ideas idea WHERE idea.id = $1`, [id]);
  }

  /** Never a draft: a draft has no submittedAt and is its author's alone. */
  findSubmitted(db: Queryable, id: string): Promise<SubmittedIdeaRow | undefined> {
    return firstRow<SubmittedIdeaRow>(
      db,
      `SELECT id, title, status, hidden_at IS NOT NULL AS hidden, submitted_at AS "submittedAt", theme_id AS "themeId"
         FROM ideas WHERE id = $1 AND status <> 'DRAFT'`,
      [id],
    );
  }

  findOwn(db: Queryable, id: string, authorId: string): Promise<IdeaEntity | undefined> {
    return firstRow<IdeaEntity>(db, `SELECT ${IDEA_COLUMNS} FROM ideas idea WHERE idea.id = $1 AND idea.author_id = $2`, [id, authorId]);
  }

  /** Reads an idea and locks its row for the rest of the transaction. */
  lock(db: Queryable, id: string, lock: IdeaLock): Promise<IdeaEntity | undefined> {
    return firstRow<IdeaEntity>(db, `SELECT ${IDEA_COLUMNS} FROM ideas idea WHERE idea.id = $1 ${lock}`, [id]);
  }

  /** Locks in id order, so that two transactions locking the same ideas cannot deadlock. */
  lockAll(db: Queryable, ids: readonly string[]): Promise<IdeaEntity[]> {
    return rows<IdeaEntity>(db, `SELECT ${IDEA_COLUMNS} FROM ideas idea WHERE idea.id = ANY($1::uuid[]) ORDER BY idea.id FOR UPDATE`, [
      ids,
    ]);
  }

  byIds(db: Queryable, ids: readonly string[]): Promise<IdeaEntity[]> {
    return rows<IdeaEntity>(db, `SELECT ${IDEA_COLUMNS} FROM ideas idea WHERE idea.id = ANY($1::uuid[])`, [ids]);
  }

  /** How many of these ideas anyone may find in a list: recommendations draw only on those. */
  async countListed(db: Queryable, ids: readonly string[]): Promise<number> {
    const counted = await firstRow<{ count: number }>(
      db,
      `SELECT count(*)::int AS count FROM ideas idea WHERE idea.id = ANY($1::uuid[]) AND ${listed('idea')}`,
      [ids],
    );
    return counted!.count;
  }

  byAuthor(db: Queryable, authorId: string): Promise<IdeaEntity[]> {
    return rows<IdeaEntity>(
      db,
      `SELECT ${IDEA_COLUMNS} FROM ideas idea WHERE idea.author_id = $1 ORDER BY idea.created_at DESC, idea.id DESC`,
      [authorId],
    );
  }

  async insertDraft(db: Queryable, authorId: string, content: IdeaContentChanges): Promise<IdeaEntity> {
    const params = new SqlParams();
    const columns: [string, string][] = [
      ['author_id', params.add(authorId)],
      ['status', params.add(IdeaStatus.DRAFT)],
    ];
    columns.push(...contentColumns(content, params));
    const [idea] = await rows<IdeaEntity>(
      db,
      `INSERT INTO ideas AS idea (${columns.map(([column]) => column).join(', ')})
       VALUES (${columns.map(([, value]) => value).join(', ')}) RETURNING ${IDEA_COLUMNS}`,
      params.values,
    );
    return idea;
  }

  /** A draft's new content, as a new version. */
  async updateDraft(db: Queryable, id: string, content: IdeaContentChanges): Promise<IdeaEntity> {
    const params = new SqlParams();
    return (await this.update(db, params, [...this.contentSet(content, params), 'version = version + 1'], `id = ${params.add(id)}`))!;
  }

  /** The author's edit of a submitted idea, applied only to the version it started from: undefined when refused. */
  editSubmitted(
    db: Queryable,
    edit: { id: string; expectedVersion: number; authorId: string },
    content: IdeaContentChanges,
  ): Promise<IdeaEntity | undefined> {
    const params = new SqlParams();
    const set = [...this.contentSet(content, params), 'version = version + 1'];
    const where = `id = ${params.add(edit.id)} AND version = ${params.add(edit.expectedVersion)}
      AND author_id = ${params.add(edit.authorId)} AND status = '${IdeaStatus.SUBMITTED}'`;
    return this.update(db, params, set, where);
  }

  async markSubmitted(db: Queryable, id: string, submittedAt: Date): Promise<IdeaEntity> {
    const params = new SqlParams();
    const set = [`status = '${IdeaStatus.SUBMITTED}'`, `submitted_at = ${params.add(submittedAt)}`];
    return (await this.update(db, params, set, `id = ${params.add(id)}`))!;
  }

  async setStatus(db: Queryable, id: string, status: IdeaStatus, declinedReason: string | null): Promise<IdeaEntity> {
    const params = new SqlParams();
    const set = [`status = ${params.add(status)}`, `declined_reason = ${params.add(declinedReason)}`];
    return (await this.update(db, params, set, `id = ${params.add(id)}`))!;
  }

  /** The duplicate now leads to the survivor; its support has moved there. */
  async markMerged(db: Queryable, duplicateId: string, survivorId: string): Promise<void> {
    const params = new SqlParams();
    const set = [`status = '${IdeaStatus.MERGED}'`, `merged_into_id = ${params.add(survivorId)}`, 'endorsement_count = 0'];
    await this.update(db, params, set, `id = ${params.add(duplicateId)}`);
  }

  /** Ideas merged into `fromId` earlier now lead straight to `toId`. */
  async repointMerged(db: Queryable, fromId: string, toId: string): Promise<void> {
    await affectedRows(db, `UPDATE ideas SET merged_into_id = $2 WHERE merged_into_id = $1`, [fromId, toId]);
  }

  // Support is not an edit: updated_at stays as the author left it.
  async addToEndorsementCount(db: Queryable, id: string, by: 1 | -1): Promise<void> {
    await affectedRows(db, `UPDATE ideas SET endorsement_count = endorsement_count + $2 WHERE id = $1`, [id, by]);
  }

  // Hiding is not an edit either: only hidden_at changes.
  async setHiddenAt(db: Queryable, id: string, hiddenAt: Date | null): Promise<void> {
    await affectedRows(db, `UPDATE ideas SET hidden_at = $2 WHERE id = $1`, [id, hiddenAt]);
  }

  async recountEndorsements(db: Queryable, id: string): Promise<void> {
    await affectedRows(db, `UPDATE ideas SET endorsement_count = (SELECT count(*) FROM endorsements WHERE idea_id = $1) WHERE id = $1`, [
      id,
    ]);
  }

  private contentSet(content: IdeaContentChanges, params: SqlParams): string[] {
    return contentColumns(content, params).map(([column, value]) => `${column} = ${value}`);
  }

  /** A change the author or the board made: it moves updated_at, as support and counters do not. */
  private update(db: Queryable, params: SqlParams, set: string[], where: string): Promise<IdeaEntity | undefined> {
    return firstRow<IdeaEntity>(
      db,
      `UPDATE ideas idea SET ${set.join(', ')}, updated_at = now() WHERE ${where} RETURNING ${IDEA_COLUMNS}`,
      params.values,
    );
  }
}
