import { SqlParams } from './sql-params';
import { headline, websearchQuery } from './text-search';

describe('websearchQuery', () => {
  it('reads the words as typed into a search box, as a parameter', () => {
    const params = new SqlParams();
    params.add('a filter');
    expect(websearchQuery(params, '"nurse rota" -paper')).toBe(`websearch_to_tsquery('english', $2)`);
    expect(params.values).toEqual(['a filter', '"nurse rota" -paper']);
  });
});

describe('headline', () => {
  it('escapes every column’s text, ampersand first, before ts_headline marks the words', () => {
    expect(headline(['r.summary', 'r.rationale'], 'Q')).toBe(
      `ts_headline('english', replace(replace(replace(replace(replace(concat_ws(' ', r.summary, r.rationale), ` +
        `'&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;'), Q, ` +
        `'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15')`,
    );
  });

  it('takes any number of columns', () => {
    expect(headline(['idea.summary', 'idea.problem', 'idea.proposal'], 'Q')).toContain(
      `concat_ws(' ', idea.summary, idea.problem, idea.proposal)`,
    );
  });
});
