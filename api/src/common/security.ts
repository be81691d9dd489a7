// HTTP security headers. The CSP allows scripts and styles only from our own origin; images also from the map
// tile server when MAP_TILE_URL is set (the offers map).
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** The origin of a tile URL template such as https://tile.example.org/{z}/{x}/{y}.png, for img-src. */
export function tileOrigin(mapTileUrl: string | undefined): string[] {
  if (!mapTileUrl) return [];
  try {
    return [new URL(mapTileUrl.replace(/\{[a-z]\}/gi, '0')).origin];
  } catch {
    return [];
  }
}

export function securityHeaders(isProduction: boolean, mapTileUrl?: string): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', ...tileOrigin(mapTileUrl)],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(isProduction ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: isProduction ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  }) as RequestHandler;
}
