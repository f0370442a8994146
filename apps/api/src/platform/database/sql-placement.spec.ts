import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * SQL lives in `*.repository.ts` files only (and in migrations and the seed). This reads every TypeScript file of
 * the API and names the file and line of each statement, QueryBuilder or EntityManager call found elsewhere.
 *
 * Spec files may query: integration tests check what the API wrote (audit rows, counts), set up what it cannot
 * (an expired session, a role) and break things on purpose; going through the repositories would test them with
 * themselves.
 */
const SOURCE_ROOT = join(__dirname, '../..');
const WORKSPACE_ROOT = join(SOURCE_ROOT, '../../..');

const ALLOWED = [/\.repository\.ts$/, /\.spec\.ts$/, /^migrations\//, /^seed\//];

/** Files that may do what the rules forbid, each with its reason. A stale entry fails the test too. */
const EXCEPTIONS: Record<string, string> = {
  'platform/database/database.ts': 'the one door: rows(), firstRow() and affectedRows() wrap .query, and Database holds the DataSource',
};

/** EntityManager and Repository methods that read or write rows. */
const CRUD =
  'find|findOne|findBy|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|findAndCountBy|count|countBy|exists|existsBy|' +
  'sum|average|minimum|maximum|save|insert|update|upsert|delete|remove|softDelete|softRemove|restore|recover|' +
  'increment|decrement|create|merge|preload|clear';

/**
 * Precise enough to leave arrays, Maps, hashes and the repositories' own methods (`this.ideas.insert(tx, …)`) alone:
 * a CRUD method counts when called on something named as an EntityManager, or with an entity class first; a few
 * names only TypeORM uses count wherever they are called.
 */
const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'raw SQL outside a repository', pattern: /\.query\s*\(/ },
  { name: 'QueryBuilder', pattern: /\bcreateQueryBuilder\b/ },
  { name: 'TypeORM Repository', pattern: /\b(?:get|getTree|getMongo|with)Repository\s*\(|@InjectRepository\b/ },
  { name: 'TypeORM injected instead of Database', pattern: /@Inject(?:DataSource|EntityManager)\b/ },
  { name: 'EntityManager call', pattern: new RegExp(`\\b(?:manager|entityManager|em)\\s*\\.\\s*(?:${CRUD})\\s*\\(`) },
  { name: 'EntityManager call on an entity', pattern: new RegExp(`\\.(?:${CRUD})\\s*\\(\\s*[A-Z]\\w*Entity\\b`) },
  {
    name: 'TypeORM-only method',
    pattern:
      /\.(?:save|findBy|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|findAndCountBy|countBy|existsBy|softDelete|softRemove)\s*\(/,
  },
];

interface Finding {
  file: string;
  line: number;
  rules: string[];
  text: string;
}

function findingsIn(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  source.split('\n').forEach((text, index) => {
    const code = text.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
    const broken = RULES.filter((rule) => rule.pattern.test(text)).map((rule) => rule.name);
    if (broken.length) findings.push({ file, line: index + 1, rules: broken, text: code });
  });
  return findings;
}

function sourceFiles(): string[] {
  return readdirSync(SOURCE_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

function describeFinding(finding: Finding): string {
  return `${relative(WORKSPACE_ROOT, join(SOURCE_ROOT, finding.file))}:${finding.line}: ${finding.rules.join(', ')}: ${finding.text}`;
}

describe('where SQL is written', () => {
  const checked = sourceFiles().filter((file) => !ALLOWED.some((allowed) => allowed.test(file)));
  const findings = checked.flatMap((file) => findingsIn(file, readFileSync(join(SOURCE_ROOT, file), 'utf8')));

  it('only repositories (and migrations and the seed) run SQL or call the EntityManager', () => {
    const misplaced = findings.filter((finding) => !(finding.file in EXCEPTIONS));
    expect(misplaced.map(describeFinding)).toEqual([]);
  });

  it('keeps no exception that is no longer needed', () => {
    const stale = Object.keys(EXCEPTIONS).filter((file) => !findings.some((finding) => finding.file === file));
    expect(stale).toEqual([]);
  });

  it('reads the whole API', () => {
    expect(checked).toEqual(expect.arrayContaining(['main.ts', 'platform/database/database.ts', 'accounts/accounts.service.ts']));
  });

  describe('the rules', () => {
    const caught = (line: string) => findingsIn('sample.ts', line).flatMap((finding) => finding.rules);

    it.each([
      ['await manager.query(`SELECT 1`)', 'raw SQL outside a repository'],
      ['this.db.query(sql, [id])', 'raw SQL outside a repository'],
      ['  .createQueryBuilder("account")', 'QueryBuilder'],
      ['manager.getRepository(AccountEntity)', 'TypeORM Repository'],
      ['@InjectRepository(IdeaEntity) ideas: Repository<IdeaEntity>', 'TypeORM Repository'],
      ['constructor(@InjectDataSource() private readonly db: DataSource) {}', 'TypeORM injected instead of Database'],
      ['return this.db.manager.find(BoardNoteEntity, { where })', 'EntityManager call'],
      ['await manager.save(account)', 'EntityManager call'],
      ['await tx.insert(SessionEntity, { tokenHash })', 'EntityManager call on an entity'],
      ['const review = await runner.findOneByOrFail(ReviewEntity, { id })', 'EntityManager call on an entity'],
      ['await repository.save(idea)', 'TypeORM-only method'],
      ['await ideas.findOneBy({ id })', 'TypeORM-only method'],
    ])('catches %s', (line, rule) => {
      expect(caught(line)).toContain(rule);
    });

    it.each([
      'const mine = reviews.find((review) => review.reviewerId === actor.accountId)',
      'byKey.delete(key); seen.clear();',
      "createHash('sha256').update(token).digest()",
      'await this.accounts.insert(tx, { name, email })',
      'await this.sessions.delete(tx, actor.sessionId)',
      'const count = await this.votes.count(this.database.pool, id)',
      'const params = new URLSearchParams(req.query)',
      '@Query(() => AccountModel, { nullable: true })',
      '// manager.query is only for repositories',
      ' * await manager.save(account)',
    ])('lets through %s', (line) => {
      expect(caught(line)).toEqual([]);
    });
  });
});
