import { SqlParams } from './sql-params';

/** Words as typed into a search box ("quotes", -not, or) as a tsquery, for `@@`, ranking and the headline. */
export function websearchQuery(params: SqlParams, words: string): string {
  return `websearch_to_tsquery('english', ${params.add(words)})`;
}

// Ampersand first, so that the entities the later replacements write are not escaped again.
const ESCAPES: [string, string][] = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
];

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * A snippet of the columns around the words of `tsquery`, as HTML: the text is escaped before ts_headline
 * adds its marks, so that the only tags in a snippet are <mark> and </mark>.
 */
export function headline(columns: readonly string[], tsquery: string): string {
  const escaped = ESCAPES.reduce(
    (sql, [character, entity]) => `replace(${sql}, ${literal(character)}, ${literal(entity)})`,
    `concat_ws(' ', ${columns.join(', ')})`,
  );
  return `ts_headline('english', ${escaped}, ${tsquery}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15')`;
}
