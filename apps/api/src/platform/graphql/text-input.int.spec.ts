import { ANONYMOUS, ErrorCode, IdentityMode, POLICY, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestHub } from '../../../test/hub';
import { publishedWithIdea } from '../../../test/recommendations';
import { fileReport } from '../../../test/reports';
import { draftRecommendation, openVote, quickAccount } from '../../../test/votes';

/** The hostile values every text input is probed with (the long one fills most of the 100 kB body limit). */
const PROBES: [string, string][] = [
  ['100,000 characters', 'x'.repeat(100_000)],
  ['NUL', 'before\u0000after'],
  ['lone surrogate', 'before\uD800after'],
  ['bidi override', 'invoice\u202Efdp.exe'],
  ['only U+200B', '\u200B'],
  ['SQL', "' OR 1=1--"],
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface SchemaType {
  kind: string;
  name: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } mutationType { name }
  types { kind name enumValues { name } inputFields { name type { ${TYPE_REF} } }
          fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } } } }`;

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const printType = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${printType(type.ofType!)}!` : type.kind === 'LIST' ? `[${printType(type.ofType!)}]` : type.name!;
const isText = (type: TypeRef) => ['String', 'ID'].includes(named(type).name!);

/** The ids of real things, so that a probe with a plausible id reaches the service and the database, not just a NOT_FOUND. */
interface Fixture {
  ideaId: string;
  recommendationId: string;
  reportId: string;
  voteId: string;
  themeId: string;
  memberId: string;
  otherAccountId: string;
  receipt: string;
  passphrase: string;
}

/** A valid-looking value for a required text argument, chosen by its name (the schema says only "String" or "ID"). */
function textValue(name: string, operation: string, isId: boolean, fx: Fixture): string {
  const lower = name.toLowerCase();
  if (lower === 'receipt') return fx.receipt;
  if (lower === 'passphrase') return fx.passphrase;
  if (lower.includes('email')) return 'probe@example.nhs.uk';
  if (lower.includes('password')) return 'correct horse battery';
  if (lower.includes('url')) return 'https://example.org/evidence';
  if (lower.includes('date') || lower.endsWith('at') || lower === 'from' || lower === 'to') return '2026-01-01';
  if (!isId) return 'Probe text';
  if (/vote/.test(lower)) return fx.voteId;
  if (/theme/.test(lower)) return fx.themeId;
  if (/member/.test(lower)) return fx.memberId;
  if (/account|actor/.test(lower)) return fx.otherAccountId;
  if (/recommendation/.test(lower) || (lower === 'id' && /recommendation/i.test(operation))) return fx.recommendationId;
  if (/report/.test(lower) || (lower === 'id' && /report/i.test(operation))) return fx.reportId;
  if (/idea|duplicate|survivor|content|item|parent/.test(lower) || /idea/i.test(operation)) return fx.ideaId;
  return randomUUID();
}

class Filler {
  private readonly types: Map<string, SchemaType>;
  constructor(
    types: SchemaType[],
    private readonly fx: Fixture,
  ) {
    this.types = new Map(types.map((type) => [type.name, type]));
  }

  inputFields(type: TypeRef): InputValue[] {
    return this.types.get(named(type).name!)?.inputFields ?? [];
  }

  isInputObject(type: TypeRef): boolean {
    return named(type).kind === 'INPUT_OBJECT';
  }

  /** A value for a required argument or input field of `type`; undefined when it may be left out. */
  value(name: string, type: TypeRef, operation: string, depth = 0): unknown {
    if (type.kind === 'NON_NULL') return this.required(name, type.ofType!, operation, depth);
    return undefined;
  }

  required(name: string, type: TypeRef, operation: string, depth: number): unknown {
    if (type.kind === 'NON_NULL') return this.required(name, type.ofType!, operation, depth);
    if (type.kind === 'LIST') {
      const item = this.required(name, type.ofType!, operation, depth);
      return /ideaIds|reportIds|organisations|ids$/i.test(name) || this.isInputObject(type) ? [item] : [];
    }
    const base = this.types.get(type.name!);
    if (type.name === 'Int') return name.toLowerCase().includes('version') ? 1 : 1;
    if (type.name === 'Float') return 0.5;
    if (type.name === 'Boolean') return false;
    if (type.name === 'DateTime') return new Date(Date.now() + 48 * 3600_000).toISOString();
    if (type.name === 'String' || type.name === 'ID') return textValue(name, operation, type.name === 'ID', this.fx);
    if (base?.kind === 'ENUM') return base.enumValues![0].name;
    if (base?.kind === 'INPUT_OBJECT' && depth < 5) {
      const object: Record<string, unknown> = {};
      for (const field of base.inputFields!) {
        const value = this.value(field.name, field.type, operation, depth + 1);
        if (value !== undefined) object[field.name] = value;
      }
      return object;
    }
    return 'Probe text';
  }
}

/** Every path to a String or ID inside an argument: the argument itself, or its input fields, recursively. */
function textPaths(filler: Filler, arg: InputValue, prefix: string[] = [], depth = 0): { path: string[]; type: TypeRef }[] {
  const path = [...prefix, arg.name];
  if (isText(arg.type)) return [{ path, type: arg.type }];
  if (!filler.isInputObject(arg.type) || depth > 5) return [];
  return filler.inputFields(arg.type).flatMap((field) => textPaths(filler, field, path, depth + 1));
}

const isList = (type: TypeRef): boolean => type.kind === 'LIST' || (type.kind === 'NON_NULL' && isList(type.ofType!));

/** The arguments of one call with the probed path set to `probe` (in a list where the schema wants one). */
function argsWithProbe(filler: Filler, field: { name: string; args: InputValue[] }, path: string[], probeType: TypeRef, probe: string) {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) {
    const value = filler.value(arg.name, arg.type, field.name);
    if (value !== undefined) args[arg.name] = value;
  }
  let holder: Record<string, unknown> = args;
  let fields = field.args;
  for (const [index, name] of path.entries()) {
    const spec = fields.find((candidate) => candidate.name === name)!;
    if (index === path.length - 1) {
      holder[name] = isList(probeType) ? [probe] : probe;
      break;
    }
    let next = holder[name] ?? filler.required(name, spec.type, field.name, 0);
    if (Array.isArray(next)) {
      next = next.length ? next : [filler.required(name, spec.type, field.name, 0)];
      holder[name] = next;
      holder = (next as Record<string, unknown>[])[0];
    } else {
      holder[name] = next;
      holder = next as Record<string, unknown>;
    }
    fields = filler.inputFields(spec.type);
  }
  return args;
}

/** Runs `tasks` a few at a time: enough to overlap the database and argon2, few enough not to queue on two cores. */
async function pool<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

describe('one input rule for all text, probed through the whole schema', () => {
  const hub = TestHub.forSuite();

  it('refuses hostile text in every String and ID argument of every operation without a server error; stores none of it', async () => {
    const started = Date.now();
    // Every role the policy grants anything to, so that each operation gets past the guard to its inputs.
    const roles = [...new Set(Object.values(POLICY).flat())].filter((audience): audience is Role => audience !== ANONYMOUS);
    const everyone = await quickAccount(hub, roles, 'Probe Chair');
    const other = await quickAccount(hub, []);
    const author = await quickAccount(hub, []);
    const published = await publishedWithIdea(hub, everyone, author.client);
    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    const fx: Fixture = {
      ideaId: published.ideaId,
      recommendationId: published.id,
      reportId: report.id,
      voteId: await openVote(everyone.client, await draftRecommendation(hub)),
      themeId: published.themeId,
      memberId: everyone.id,
      otherAccountId: other.id,
      receipt: report.receiptCode,
      passphrase: report.passphrase!,
    };

    const { __schema } = await everyone.client.ok(INTROSPECTION);
    const types: SchemaType[] = __schema.types;
    const filler = new Filler(types, fx);
    const roots = [
      ['query', __schema.queryType.name],
      ['mutation', __schema.mutationType.name],
    ] as const;

    const requests: { label: string; run: () => Promise<{ label: string; status: number; codes: string[] }> }[] = [];
    const operations = new Set<string>();
    for (const [keyword, rootName] of roots) {
      for (const field of types.find((type) => type.name === rootName)!.fields!) {
        const returned = types.find((type) => type.name === named(field.type).name);
        const selection = returned && ['OBJECT', 'INTERFACE', 'UNION'].includes(returned.kind) ? '{ __typename }' : '';
        for (const arg of field.args) {
          for (const { path, type } of textPaths(filler, arg)) {
            operations.add(`${keyword} ${field.name}`);
            for (const [probeName, probe] of PROBES) {
              // One call per request: a failed non-null mutation field would stop the ones after it.
              const values = argsWithProbe(filler, field, path, type, probe);
              const passed = field.args.filter((candidate) => values[candidate.name] !== undefined);
              const declarations = passed.map((candidate) => `$${candidate.name}: ${printType(candidate.type)}`);
              const list = passed.map((candidate) => `${candidate.name}: $${candidate.name}`).join(', ');
              const variables = declarations.length ? `(${declarations.join(', ')})` : '';
              const query = `${keyword} Probe${variables} { ${field.name}${list ? `(${list})` : ''} ${selection} }`;
              const label = `${keyword} ${field.name} ${path.join('.')} [${probeName}]`;
              // Signing in or registering would replace the probing account's session: those go as a fresh visitor.
              const client = ['register', 'signIn', 'signOut'].includes(field.name) ? () => hub.client() : () => everyone.client;
              requests.push({
                label,
                run: async () => {
                  const body = await client().gql(query, values);
                  return { label, status: body.status, codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'none') };
                },
              });
            }
          }
        }
      }
    }

    const results = await pool(
      requests.map((request) => request.run),
      4,
    );
    const codes: Record<string, number> = {};
    for (const result of results) for (const code of result.codes) codes[code] = (codes[code] ?? 0) + 1;
    const failures = results.filter((result) => result.status >= 500 || result.codes.includes('INTERNAL_SERVER_ERROR'));

    // PostgreSQL can hold neither NUL nor a lone surrogate: a stored U+FFFD is one that the driver silently replaced.
    const columns: { table_name: string; column_name: string }[] = await hub.db.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public'
          AND (data_type IN ('text', 'character varying', 'jsonb', 'json') OR udt_name IN ('_text', '_varchar'))`,
    );
    const stored: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ count }] = await hub.db.query(
        `SELECT count(*)::int AS count FROM "${table_name}"
          WHERE strpos("${column_name}"::text, chr(65533)) > 0 OR strpos("${column_name}"::text, '\\u0000') > 0`,
      );
      if (count) stored.push(`${table_name}.${column_name}: ${count}`);
    }
    console.info(
      `probed ${operations.size} operations, ${results.length / PROBES.length} argument paths, ${results.length} requests ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s; codes ${JSON.stringify(codes)}; ${columns.length} text columns scanned`,
    );
    expect(operations.size).toBeGreaterThan(40);
    expect([codes[ErrorCode.FORBIDDEN], codes[ErrorCode.UNAUTHENTICATED]]).toEqual([undefined, undefined]);
    expect({
      failures: failures.map((failure) => `${failure.label} -> ${failure.status} ${failure.codes.join(',')}`),
      stored,
    }).toEqual({ failures: [], stored: [] });
  }, 120_000);
});
