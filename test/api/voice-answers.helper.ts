/**
 * Boots the app with the voice-answer routes for API and browser tests. When
 * app.ts already wires them (the lead's job), this is just startTestApp; until
 * then it wires them exactly as app.ts will: migration 003, createVoiceServices,
 * voiceAnswerRoutes.
 */
import type { FastifyInstance } from 'fastify';
import { parseConfig } from '../../src/server/config.js';
import { voiceAnswerRoutes } from '../../src/server/routes/voice-answers.js';
import { createVoiceServices } from '../../src/server/services/delivery/index.js';
import { up as audioMigration } from '../../src/server/storage/migrations/003_audio.js';
import { startTestApp, type TestApp } from './helper.js';

export const VOICE_ROUTE = '/api/sessions/:id/voice-answers';

/** Wire the voice routes into an app built by buildApp (before ready), unless app.ts already did. */
export async function wireVoice(app: FastifyInstance, config: ReturnType<typeof parseConfig>): Promise<void> {
  if (app.hasRoute({ method: 'POST', url: VOICE_ROUTE })) return;
  const hasTable = (await app.storage.db.introspection.getTables()).some((t) => t.name === 'answer_audio');
  if (!hasTable) await audioMigration(app.storage.db as never, app.storage.dialect);
  const voice = createVoiceServices(config, app.storage, app.services.coaching);
  await app.register(voiceAnswerRoutes({ sessions: app.services.sessions, ...voice }));
}

export async function startVoiceApp(env: Record<string, string> = {}): Promise<TestApp> {
  // app.ts wires the voice routes; startTestApp also picks the run's database (SQLite or PostgreSQL).
  return startTestApp(env);
}

/** A few bytes that sniff as WebM (EBML header + "webm" doctype) — enough for the routes and the fake. */
export function fakeWebm(size = 2048): Buffer {
  const head = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d]);
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = (i * 31) & 0xff;
  return Buffer.concat([head, body]);
}
