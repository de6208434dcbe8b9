/**
 * The cookie-signing secret: COOKIE_SECRET from config, else one generated on
 * first run and kept in DATA_DIR (mode 0600) so owners survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function cookieSecret(config: { COOKIE_SECRET?: string; DATA_DIR: string }): string {
  if (config.COOKIE_SECRET) return config.COOKIE_SECRET;
  const file = path.join(config.DATA_DIR, 'cookie-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  // 'wx' fails if another instance wrote it first; then read theirs.
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
