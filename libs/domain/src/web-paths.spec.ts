import { isWebPath, webPathPattern } from './web-paths';

describe('the web app’s paths', () => {
  it('match a parameter to one segment, and an alternation to its words only', () => {
    expect(webPathPattern('/ideas/:id').test('/ideas/abc-123')).toBe(true);
    expect(webPathPattern('/ideas/:id').test('/ideas/abc/more')).toBe(false);
    expect(webPathPattern('/board/review/:kind(idea|report)/:id').test('/board/review/report/r1')).toBe(true);
    expect(webPathPattern('/board/review/:kind(idea|report)/:id').test('/board/review/vote/r1')).toBe(false);
  });

  it('know the app’s pages, as the router matches them, and no others', () => {
    for (const path of ['/', '/ideas', '/Ideas/', '/ideas/i1/draft/evidence', '/report/how', '/board/review/idea/i1']) {
      expect([path, isWebPath(path)]).toEqual([path, true]);
    }
    for (const path of ['//', '/no-such-page', '/ideas/i1/draft/nope', '/report/how/else', '/board/review/vote/v1']) {
      expect([path, isWebPath(path)]).toEqual([path, false]);
    }
  });
});
