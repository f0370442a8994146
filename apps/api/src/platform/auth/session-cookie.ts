import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'ideas_hub_session';

/** httpOnly so scripts cannot read it; SameSite=Lax against cross-site posts; Secure whenever the request came over TLS. */
export function setSessionCookie(req: Request, res: Response, token: string, expires: Date): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', expires });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
