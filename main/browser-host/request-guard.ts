import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may call the API of the browser host: a request to our own loopback address and port
 * (which defeats DNS rebinding), from our own origin when the browser names one (which defeats
 * other web pages), carrying this run's secret token (which defeats other local programs).
 */
export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export function checkApiRequest(request: IncomingMessage, port: number, token: string): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) {
    return { ok: false, status: 403, message: 'Requests must be addressed to the app on 127.0.0.1' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, message: 'Requests from other web pages are refused' };
  }
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  if (!sameSecret(given, token)) {
    return { ok: false, status: 401, message: 'Missing or wrong access token: open the address the app printed at start' };
  }
  return { ok: true };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
