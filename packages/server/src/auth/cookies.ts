import type { FastifyReply, FastifyRequest } from 'fastify';

/** Name of the session cookie. */
export const sessionCookieName = 'certa_session';

/** Reads one cookie from the request. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Whether cookies should carry the Secure flag for this request. */
export function isSecureRequest(request: FastifyRequest, setting: 'auto' | boolean): boolean {
  return setting === 'auto' ? request.protocol === 'https' : setting;
}

/** Sets the HttpOnly, SameSite=Lax session cookie (Secure behind HTTPS). */
export function setSessionCookie(reply: FastifyReply, value: string, expiresAt: Date, secure: boolean): void {
  const parts = [
    `${sessionCookieName}=${encodeURIComponent(value)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
  ];
  if (secure) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  const parts = [
    `${sessionCookieName}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
  ];
  if (secure) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}
