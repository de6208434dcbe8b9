/**
 * Boots the app with the voice-answer routes for API and browser tests. When
 * app.ts already wires them (the lead's job), this is just startTestApp; until
 * then it wires them exactly as app.ts will: migration 003, createVoiceServices,
 * voiceAnswerRoutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { parseConfig } from '../../src/server/config.js';
import { voiceAnswerRoutes } from '../../src/server/routes/voice-answers.js';
import { createVoiceServices } from '../../src/server/services/delivery/index.js';
import { up as audioMigration } from '../../src/server/storage/migrations/003_audio.js';
import { makeClient, type TestApp } from './helper.js';

export const VOICE_ROUTE = '/api/sessions/:id/voice-answers';

/** Wire the voice routes into an app built by buildApp (before ready), unless app.ts already did. */
export async function wireVoice(app: FastifyInstance, config: ReturnType<typeof parseConfig>): Promise<void> {
  if (app.hasRoute({ method: 'POST', url: VOICE_ROUTE })) return;
  const hasTable = app.storage.sqlite?.prepare("select 1 from sqlite_master where type = 'table' and name = 'answer_audio'").get();
  if (!hasTable) await audioMigration(app.storage.db as never, app.storage.dialect);
  const voice = createVoiceServices(config, app.storage, app.services.coaching);
  await app.register(voiceAnswerRoutes({ sessions: app.services.sessions, ...voice }));
}

export async function startVoiceApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-voice-'));
  const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', COOKIE_SECRET: 'test-secret-0123456789abcdef', ...env });
  const app = await buildApp(config);
  await wireVoice(app, config);
  await app.ready();
  return {
    app,
    dataDir: dir,
    client: () => makeClient(app),
    close: () => app.close(),
    destroy: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A few bytes that sniff as WebM (EBML header + "webm" doctype) — enough for the routes and the fake. */
export function fakeWebm(size = 2048): Buffer {
  const head = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d]);
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = (i * 31) & 0xff;
  return Buffer.concat([head, body]);
}
