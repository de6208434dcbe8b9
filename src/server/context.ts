/**
 * Per-request context (request id, hashed owner id, session id) carried by
 * AsyncLocalStorage, so every log line written while serving a request —
 * in routes, services or providers — carries them without passing a logger.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

export interface RequestContext {
  requestId: string;
  ownerHash?: string;
  sessionId?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

/** Owner ids are bearer-like secrets: logs get a short one-way hash instead. */
export function hashOwner(ownerId: string): string {
  return createHash('sha256').update(ownerId).digest('hex').slice(0, 12);
}

/** Fields pino adds to every line (see logger.ts `mixin`). */
export function contextFields(): Partial<RequestContext> {
  const ctx = requestContext.getStore();
  if (!ctx) return {};
  const out: Partial<RequestContext> = {};
  if (ctx.ownerHash) out.ownerHash = ctx.ownerHash;
  if (ctx.sessionId) out.sessionId = ctx.sessionId;
  return out;
}
