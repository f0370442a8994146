import { isWebPath } from '@ideas-hub/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PATHS = /^\/(graphql|health)(\/|$)/;

/**
 * Serves the built web app, and its index page for every other GET so that deep links work: with 404 when the app has no
 * page at that path, so that the app shows its not-found page and the status says so too.
 */
export function serveWeb(app: NestExpressApplication, webDist: string): boolean {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.status(isWebPath(req.path) ? 200 : 404).sendFile(index);
  });
  return true;
}
