/**
 * Realtime voice: start a call (mint a client secret), the voice catalog and
 * previews, the session's voice transcript (save, read, export) and
 * "submit voice answer". Session-scoped routes load the session for the
 * owner in one hook (404 for anyone else's); `/api/voice/session` checks the
 * same way from its body.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnswerResult, ErrorBody } from '../../shared/api.js';
import { StoryCitation } from '../../shared/domain.js';
import { VOICES } from '../../shared/voices.js';
import { CALLS_PATH } from '../services/voice/calls.js';
import { NEEDS_KEY_MESSAGE, TRANSCRIPT_ROLES, transcriptMarkdown, voiceCatalog, type VoiceService } from '../services/voice/index.js';
import type { SessionService } from '../services/sessions.js';
import { addSessionScope } from './session-scope.js';

const VoiceId = z.enum(VOICES);
const IdParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody, 502: ErrorBody, 504: ErrorBody };

const MintBody = z.object({
  sessionId: z.string().min(1).max(64),
  voice: VoiceId.optional(),
  /** This call continues an interview that was cut off: the interviewer is told not to greet again and where it was. */
  resume: z.boolean().optional(),
});
const Minted = z.object({ clientSecret: z.string(), expiresAt: z.string(), model: z.string(), voice: VoiceId, callsUrl: z.string(), stories: z.array(StoryCitation) });
/** An SDP offer is a few kilobytes; this leaves room for many candidates. */
const MAX_OFFER_CHARS = 64 * 1024;
// Not trimmed: an SDP's last line must keep its CRLF.
const Offer = z.string().max(MAX_OFFER_CHARS).refine((s) => s.startsWith('v='), 'send an SDP offer (it starts with "v=")');
const CallHeaders = z.object({ authorization: z.string().regex(/^Bearer \S+$/, 'send the client secret as "Authorization: Bearer <secret>"') });
const VoiceList = z.object({
  needsKey: z.boolean(),
  /** The voice used when a session has not chosen one (OPENAI_REALTIME_VOICE). */
  defaultVoice: VoiceId,
  /** Shown when needsKey: what voice needs and the turn-based alternative. */
  message: z.string().nullable(),
  voices: z.array(z.object({ id: VoiceId, name: z.string(), previewUrl: z.string() })),
});

const EntryBody = z.object({
  role: z.enum(TRANSCRIPT_ROLES),
  text: z.string().trim().min(1).max(20_000),
  itemId: z.string().min(1).max(128),
  questionId: z.string().min(1).max(64).nullable().optional(),
  at: z.iso.datetime({ offset: true }),
  /** The item's position in the client's conversation (tie-break for equal `at`). */
  seq: z.number().int().min(0).max(1_000_000).optional(),
});
const Entry = z.object({
  id: z.string(),
  itemId: z.string(),
  role: z.enum(TRANSCRIPT_ROLES),
  text: z.string(),
  questionId: z.string().nullable(),
  at: z.string(),
  seq: z.number(),
  createdAt: z.string(),
});
const ExportQuery = z.object({ format: z.enum(['json', 'md']).default('json') });

/** Routes that are not under a session id: minting and the voice catalog. */
function voiceGlobalRoutes(voice: VoiceService, sessions: SessionService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/voice/session',
      { schema: { tags: ['voice'], summary: 'Start a realtime voice interview: a short-lived client secret and the calls URL', body: MintBody, response: { 200: Minted, ...errors } } },
      async (req) => voice.start(await sessions.requireOwned(req.ownerId, req.body.sessionId), req.body.voice, req.body.resume),
    );
    // The browser's SDP offer, forwarded upstream (see services/voice/calls.ts), in the realtime API's own shape.
    app.addContentTypeParser('application/sdp', { parseAs: 'string', bodyLimit: MAX_OFFER_CHARS }, (_req, body, done) => done(null, body));
    app.post(
      CALLS_PATH,
      {
        schema: {
          tags: ['voice'],
          summary: 'Start the WebRTC call: the SDP offer (application/sdp, Authorization: Bearer <client secret>) in, the SDP answer out',
          headers: CallHeaders,
          body: Offer,
          response: { 200: z.string(), ...errors },
        },
      },
      async (req, reply) => {
        const answer = await voice.call(req.headers.authorization.slice('Bearer '.length), req.body);
        return reply.type('application/sdp').send(answer);
      },
    );
    app.get(
      '/api/voices',
      { schema: { tags: ['voice'], summary: 'The realtime voice catalog', response: { 200: VoiceList } } },
      async () => ({ needsKey: !voice.hasKey(), defaultVoice: voice.defaultVoice, message: voice.hasKey() ? null : NEEDS_KEY_MESSAGE, voices: voiceCatalog() }),
    );
    app.get(
      '/api/voices/:voice/preview',
      { schema: { tags: ['voice'], summary: 'A short spoken sample of a voice (audio/mpeg, generated once and cached)', params: z.object({ voice: VoiceId }), response: { 200: z.any(), ...errors } } },
      async (req, reply) => {
        const { bytes } = await voice.preview(req.params.voice);
        return reply.type('audio/mpeg').header('cache-control', 'public, max-age=86400').send(bytes);
      },
    );
  };
}

/** Routes under /api/sessions/:id (ownership checked by the session-scope hook). */
function voiceSessionRoutes(voice: VoiceService, sessions: SessionService): FastifyPluginAsyncZod {
  return async (app) => {
    addSessionScope(app, sessions);
    app.post(
      '/api/sessions/:id/voice-transcript',
      { schema: { tags: ['voice'], summary: 'Save one completed transcript item (idempotent on itemId)', params: IdParams, body: EntryBody, response: { 200: Entry, 201: Entry, ...errors } } },
      async (req, reply) => {
        const { entry, created } = await voice.addEntry(req.practiceSession, req.body);
        return reply.code(created ? 201 : 200).send(entry);
      },
    );
    app.get(
      '/api/sessions/:id/voice-transcript',
      { schema: { tags: ['voice'], summary: 'The voice transcript in conversation order', params: IdParams, response: { 200: z.array(Entry), 404: ErrorBody } } },
      async (req) => voice.list(req.practiceSession),
    );
    app.get(
      '/api/sessions/:id/voice-transcript/export',
      { schema: { tags: ['voice'], summary: 'Download the voice transcript as JSON or Markdown', params: IdParams, querystring: ExportQuery, response: { 200: z.any(), 404: ErrorBody } } },
      async (req, reply) => {
        const session = req.practiceSession;
        const entries = await voice.list(session);
        const base = `voice-transcript-${session.id.slice(0, 8)}`;
        if (req.query.format === 'md') {
          return reply
            .type('text/markdown; charset=utf-8')
            .header('content-disposition', `attachment; filename="${base}.md"`)
            .send(transcriptMarkdown(session.name, entries));
        }
        const body = { session: { id: session.id, name: session.name }, entries };
        return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${base}.json"`).send(JSON.stringify(body, null, 2));
      },
    );
    app.post(
      '/api/sessions/:id/voice-answers/submit',
      { schema: { tags: ['voice'], summary: "Evaluate the candidate's spoken turns for a question like a typed answer", params: IdParams, body: z.object({ questionId: z.string().min(1).max(64) }), response: { 201: AnswerResult, ...errors } } },
      async (req, reply) => reply.code(201).send(await voice.submitAnswer(req.practiceSession, req.body.questionId)),
    );
  };
}

/** Register every voice route: `await app.register(voiceRoutes(voiceService, services.sessions))`. */
export function voiceRoutes(voice: VoiceService, sessions: SessionService): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(voiceGlobalRoutes(voice, sessions));
    await app.register(voiceSessionRoutes(voice, sessions));
  };
}
