// The session cookie: an opaque random token (the server keeps only its hash), httpOnly, SameSite=Lax,
// Secure and __Host- prefixed in production.
import type { Request, Response } from 'express';

export const SESSION_DAYS = 30;

export function sessionCookieName(isProduction: boolean): string {
  return isProduction ? '__Host-hcop_session' : 'hcop_session';
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function setSessionCookie(res: Response, isProduction: boolean, token: string, expires: Date): void {
  res.cookie(sessionCookieName(isProduction), token, {
    httpOnly: true,
    secure: isProduction,
    sameSite: 'lax',
    path: '/',
    expires,
  });
}

export function clearSessionCookie(res: Response, isProduction: boolean): void {
  res.clearCookie(sessionCookieName(isProduction), {
    httpOnly: true,
    secure: isProduction,
    sameSite: 'lax',
    path: '/',
  });
}
