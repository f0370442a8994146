import { ErrorCode, IdentityMode, Role } from '@ideas-hub/domain';
import { randomBytes } from 'node:crypto';
import { TestHub } from '../../../test/hub';
import { publishedWithIdea } from '../../../test/recommendations';
import { fileReport } from '../../../test/reports';
import { quickAccount } from '../../../test/votes';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors no page ever handed out, built around a real one so that they look as close to it as possible. */
function forgeries(real: string, otherList: string): [string, string][] {
  const [token, id] = JSON.parse(Buffer.from(real, 'base64url').toString('utf8')) as [string, string];
  // Lists with several orders name theirs before the value ("NEWEST:…"); keep it so the value itself is what is checked.
  const order = /^[A-Za-z_]+:/.exec(token)?.[0] ?? '';
  const sortValues = [
    'x',
    '1e999',
    '99999999999999999999',
    '1e-50',
    '-1',
    'NaN',
    '\u0000',
    '2026-13-45 25:61:61+00',
    '2026-02-30 10:00:00+00',
    '2026-01-01 10:00:00+16',
  ];
  const badIds = ['not-a-uuid', '00000000-0000-0000-0000-00000000000g', '1'.repeat(30), '1 OR 1=1', '\u0000', ''];
  return [
    ['random base64', randomBytes(24).toString('base64url')],
    ['not base64', '%%%!!!'],
    ...[{}, [], [1, 2], ['a'], [token, id, 'extra'], 'text', null, 42, [null, id], [{ a: 1 }, id], [token, 7]].map(
      (shape): [string, string] => [`JSON ${JSON.stringify(shape)}`, encode(shape)],
    ),
    ...sortValues.map((value): [string, string] => [`sort value ${JSON.stringify(value)}`, encode([`${order}${value}`, id])]),
    ...badIds.map((bad): [string, string] => [`id ${JSON.stringify(bad)}`, encode([token, bad])]),
    ['another order', encode([`OTHER:${token.slice(order.length)}`, id])],
    ['another list', otherList],
  ];
}

interface ListField {
  name: string;
  args: { name: string; type: { kind: string; name: string | null; ofType: { name: string | null } | null } }[];
}

describe('list cursors', () => {
  const hub = TestHub.forSuite();

  it('answer BAD_USER_INPUT to any forged after cursor, in every list that takes one', async () => {
    const everyone = await quickAccount(hub, [Role.ADMIN, Role.CHAIR, Role.BOARD_MEMBER]);
    const author = await quickAccount(hub, []);
    await publishedWithIdea(hub, everyone, author.client);
    await fileReport(hub, author.client, { identityMode: IdentityMode.OPEN });

    const { __schema } = await everyone.client.ok(`{ __schema { queryType { name } types { name kind
      fields { name args { name type { kind name ofType { name } } } } enumValues { name } } } }`);
    const types: { name: string; kind: string; fields: ListField[] | null; enumValues: { name: string }[] | null }[] = __schema.types;
    const paged = types.flatMap((type) =>
      (type.fields ?? []).filter((field) => field.args.some((arg) => arg.name === 'after')).map((field) => ({ type: type.name, field })),
    );
    // Only the root lists are reachable without an object to hang them on: a nested list with `after` needs its own case here.
    expect(paged.filter((list) => list.type !== __schema.queryType.name)).toEqual([]);

    // Each list as each of its orders: every value of a `sort` argument, and a search when it takes words.
    const variants = paged.flatMap(({ field }) => {
      const sort = field.args.find((arg) => arg.name === 'sort');
      const sorts = sort
        ? types.find((type) => type.name === (sort.type.name ?? sort.type.ofType?.name))!.enumValues!.map((value) => ({ sort: value.name }))
        : [];
      const search = field.args.some((arg) => arg.name === 'query') ? [{ query: 'discharge OR referrals' }] : [];
      return [{}, ...sorts, ...search].map((args) => ({ field, args }));
    });
    expect(variants.map((variant) => variant.field.name)).toEqual(
      expect.arrayContaining(['auditLog', 'ideas', 'recommendations', 'practiceGapReports']),
    );

    const call = (field: ListField, args: Record<string, unknown>, after: string | null) => {
      const typeOf = (name: string) => {
        const { type } = field.args.find((arg) => arg.name === name)!;
        return type.name ?? type.ofType!.name;
      };
      const declared = ['$after: String', ...Object.keys(args).map((name) => `$${name}: ${typeOf(name)}`)];
      const passed = ['first: 1', 'after: $after', ...Object.keys(args).map((name) => `${name}: $${name}`)];
      const query = `query (${declared.join(', ')}) { list: ${field.name}(${passed.join(', ')}) { pageInfo { endCursor } } }`;
      return everyone.client.gql(query, { ...args, after });
    };

    const realCursors = new Map<string, string>();
    for (const { field, args } of variants) {
      const body = await call(field, args, null);
      expect(body.errors).toBeUndefined();
      const cursor = body.data!.list.pageInfo.endCursor;
      expect(cursor).toEqual(expect.any(String));
      realCursors.set(`${field.name} ${JSON.stringify(args)}`, cursor);
    }

    const keys = [...realCursors.keys()];
    const wrong: string[] = [];
    const codes: Record<string, number> = {};
    let requests = 0;
    for (const [index, { field, args }] of variants.entries()) {
      const key = `${field.name} ${JSON.stringify(args)}`;
      const otherList = realCursors.get(keys.find((other) => !other.startsWith(`${field.name} `)) ?? keys[(index + 1) % keys.length])!;
      const answers = await Promise.all(
        forgeries(realCursors.get(key)!, otherList).map(async ([name, cursor]) => ({ name, body: await call(field, args, cursor) })),
      );
      for (const { name, body } of answers) {
        requests++;
        const code = body.errors?.[0]?.extensions.code ?? 'none';
        codes[code] = (codes[code] ?? 0) + 1;
        const fields = body.errors?.[0]?.extensions.fields;
        const named = code === ErrorCode.BAD_USER_INPUT && fields?.[0]?.field === 'after';
        if (body.status >= 500 || !named) wrong.push(`${key} after=${name} -> ${body.status} ${code}`);
      }
      // The real cursor still works: the check refuses forgeries, not pages.
      expect((await call(field, args, realCursors.get(key)!)).errors).toBeUndefined();
    }
    console.info(`${variants.length} list orders, ${requests} forged cursors: ${JSON.stringify(codes)}`);
    expect(wrong).toEqual([]);
  });
});
