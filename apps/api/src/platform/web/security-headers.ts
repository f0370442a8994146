import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** A year, as helmet and the HSTS preload list ask. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Everything the hub's pages need comes from the hub itself: a font, script or image fetched from any
 * other host would tell that host who opened the report form, and when. So no source but 'self'
 * (and data: images, which nhsuk-frontend's CSS inlines for its icons and which never leave the browser).
 * No upgrade-insecure-requests: a hub run over plain http on a LAN name must still load its own scripts.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // Vite puts every style, scoped ones included, in the stylesheet; Vue's :style bindings go through the CSSOM, which CSP allows.
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * HSTS only for a request that came over TLS (req.secure honours TRUST_PROXY): browsers ignore it over
 * http anyway, and sent from a hub reached over http it would only mislead whoever reads the headers.
 */
function hstsOverTls(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
  next();
}

export function securityHeaders(): RequestHandler[] {
  return [
    // X-Frame-Options for browsers older than frame-ancestors, saying the same: never in a frame.
    helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, strictTransportSecurity: false, xFrameOptions: { action: 'deny' } }),
    hstsOverTls,
  ];
}
