import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response. The admin UI is a Vite build of script and style files from
 * our own origin, so nothing inline is allowed; React's `style` props go through the CSSOM, which
 * `style-src` does not govern. HSTS and the upgrade of insecure requests only when the product is
 * served over HTTPS (a Secure cookie): on plain http://localhost they would break the UI.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        upgradeInsecureRequests: options.https ? [] : null,
      },
    },
    strictTransportSecurity: options.https,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
