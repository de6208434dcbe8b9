/**
 * The `auth` cookie's value and the password check for APP_PASSWORD.
 * The cookie is signed by @fastify/cookie (the app's cookie secret); inside it
 * sits `issuedAt.mac`, where mac = HMAC(password, issuedAt). So a cookie stops
 * working when it ages out or when the password changes, without a session table.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** How long a login lasts. */
export const AUTH_MAX_AGE_S = 30 * 24 * 3600;

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Compare a submitted password with the configured one in constant time.
 * Both sides are hashed first so the comparison never depends on their lengths.
 */
export function passwordMatches(given: string, expected: string): boolean {
  return timingSafeEqual(sha256(given), sha256(expected));
}

function mac(password: string, issuedAt: number): string {
  return createHmac('sha256', password).update(`auth:${issuedAt}`).digest('base64url');
}

/** A fresh token for a successful login at `now` (ms). */
export function issueToken(password: string, now: number = Date.now()): string {
  return `${now}.${mac(password, now)}`;
}

/** True when `token` was issued for this password and has not expired. */
export function tokenValid(token: string, password: string, now: number = Date.now()): boolean {
  const dot = token.indexOf('.');
  if (dot <= 0) return false;
  const issuedAt = Number(token.slice(0, dot));
  if (!Number.isSafeInteger(issuedAt) || issuedAt > now + 60_000 || now - issuedAt > AUTH_MAX_AGE_S * 1000) return false;
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(password, issuedAt));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
