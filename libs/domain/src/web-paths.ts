/**
 * The web app's pages, as its router writes their paths. The API reads them to answer an address the app has no page for
 * with 404 (the app still shows its not-found page); a web spec checks them against the router, so the two cannot drift.
 */
export const WEB_PATHS: readonly string[] = [
  '/',
  '/sign-in',
  '/register',
  '/account',
  '/accessibility-statement',
  '/privacy',
  '/about',
  '/ideas',
  '/ideas/new',
  '/ideas/new/title',
  '/ideas/:id/draft/title',
  '/ideas/:id/draft/summary',
  '/ideas/:id/draft/problem',
  '/ideas/:id/draft/proposal',
  '/ideas/:id/draft/benefits',
  '/ideas/:id/draft/evidence',
  '/ideas/:id/draft/theme',
  '/ideas/:id/draft/check',
  '/ideas/:id/submitted',
  '/ideas/:id/edit',
  '/ideas/:id',
  '/my-ideas',
  '/admin/moderation',
  '/report',
  '/report/how',
  '/report/guidance',
  '/report/where',
  '/report/what-happens',
  '/report/what-should-happen',
  '/report/impact',
  '/report/evidence',
  '/report/check',
  '/report/sent',
  '/report/status',
  '/my-reports',
  '/my-reports/:id',
  '/board/reports',
  '/board/reports/:id',
  '/board/review',
  '/board/review/:kind(idea|report)/:id',
  '/board/members',
  '/board/members/:id',
  '/notifications',
  '/recommendations',
  '/recommendations/:id',
  '/board/recommendations',
  '/board/recommendations/new',
  '/board/recommendations/:id',
  '/board/recommendations/:id/edit',
  '/board/recommendations/:id/compare',
];

/**
 * A router path as a regular expression that matches as the router does: a `:param` is one segment, `:param(a|b)` only
 * one of those words; letters in any case, and a trailing slash allowed.
 */
export function webPathPattern(path: string): RegExp {
  const segments = path.split('/').map((segment) => {
    const param = /^:\w+(?:\(([\w|-]+)\))?$/.exec(segment);
    if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return param[1] ? `(?:${param[1]})` : '[^/]+';
  });
  return new RegExp(`^${segments.join('/').replace(/\/$/, '')}/?$`, 'i');
}

const WEB_PATH_PATTERNS = WEB_PATHS.map(webPathPattern);

/** Whether the web app has a page at that path (as the request has it, without its query). */
export function isWebPath(path: string): boolean {
  return WEB_PATH_PATTERNS.some((pattern) => pattern.test(path));
}
