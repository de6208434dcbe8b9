/**
 * Turn-based voice mode: transcribe a recording, submit a spoken answer (text
 * the user may have edited, timings, optional recording) for feedback plus
 * delivery analytics, and play or delete the stored recording.
 * Multipart bodies are read with a per-request audio size limit (MAX_AUDIO_MB).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api.js';
import { TranscriptionResult, VoiceAnswerResult } from '../../shared/delivery-api.js';
import { SpeechSegment, TranscriptSource, WordTiming } from '../../shared/delivery.js';
import { AppError } from '../errors.js';
import { describeIssue } from '../plugins/validation-message.js';
import type { AudioStore } from '../services/delivery/audio-store.js';
import { parseRange } from '../services/delivery/byte-range.js';
import type { VoiceAnswerInput, VoiceAnswerService } from '../services/delivery/voice-answers.js';
import type { SessionService } from '../services/sessions.js';
import { sniffAudio } from '../services/transcription/sniff.js';
import type { Transcriber } from '../services/transcription/types.js';
import { answerTextField } from './answer-text.js';
import { readParts } from './multipart.js';
import { addSessionScope } from './session-scope.js';

export interface VoiceRouteDeps {
  sessions: SessionService;
  voice: VoiceAnswerService;
  transcriber: Transcriber;
  audio: AudioStore;
  /** MAX_AUDIO_MB in bytes. */
  maxAudioBytes: number;
}

interface Form {
  fields: Record<string, string>;
  file?: { bytes: Buffer; tooLarge: boolean };
}

/** Read text fields and the first file under `fileField`; an over-limit file is flagged, not thrown. */
async function readForm(req: FastifyRequest, fileField: string, maxBytes: number): Promise<Form> {
  const form: Form = { fields: {} };
  // throwFileSizeLimit is honoured per request at runtime but missing from the types: an
  // over-limit file is reported through `truncated` so the caller decides (413, or keep the text).
  const options = { limits: { fileSize: maxBytes, files: 1, fields: 12, parts: 13, fieldSize: 2 * 1024 * 1024 }, throwFileSizeLimit: false };
  await readParts(
    req,
    async (part) => {
      if (part.type === 'field') form.fields[part.fieldname] = String(part.value);
      else if (part.fieldname === fileField && !form.file) {
        const bytes = await part.toBuffer();
        form.file = { bytes, tooLarge: part.file.truncated };
      } else await part.toBuffer();
    },
    options as Parameters<FastifyRequest['parts']>[0],
  );
  return form;
}

const tooLargeMessage = (maxBytes: number): string =>
  `The recording is larger than ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB. Record a shorter answer (about two minutes is plenty) or type it.`;

const notAudio = 'This does not look like an audio recording. Send WebM, Ogg, MP4, WAV or MP3 audio.';

/** Parse an optional JSON field; a missing or malformed value is dropped (timings are extras: the answer must still be saved). */
function optionalJson<T extends z.ZodType>(raw: string | undefined, schema: T): z.infer<T> | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const RequiredFields = z.object({
  questionId: z.string().min(1).max(64),
  text: answerTextField('the transcript is empty: type or correct what you said', 'voice'),
});
const Duration = z.coerce.number().min(0).max(3600);

/** The answer text and question are required; everything else is optional and never blocks saving. */
function parseFields(fields: Record<string, string>): Omit<VoiceAnswerInput, 'audio'> {
  const parsed = RequiredFields.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue
      ? describeIssue({ keyword: issue.code, instancePath: `/${issue.path.join('/')}`, message: issue.message, params: { ...issue } })
      : 'The form is not valid.';
    throw new AppError('validation_failed', message);
  }
  const duration = Duration.safeParse(fields.durationSeconds);
  const source = TranscriptSource.safeParse(fields.transcriptSource);
  return {
    ...parsed.data,
    durationSeconds: fields.durationSeconds !== undefined && duration.success ? duration.data : undefined,
    words: optionalJson(fields.words, z.array(WordTiming).max(20_000)),
    segments: optionalJson(fields.segments, z.array(SpeechSegment).max(20_000)),
    transcriptSource: source.success ? source.data : 'typed',
    keepsFillers: fields.keepsFillers === undefined ? undefined : fields.keepsFillers === 'true',
  };
}

const IdParams = z.object({ id: z.string().min(1).max(64) });
const AudioParams = IdParams.extend({ answerId: z.string().min(1).max(64) });
const TranscribeFields = z.object({ language: z.string().regex(/^[a-z]{2,3}$/).optional(), prompt: z.string().max(500).optional() });
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, 502: ErrorBody, 504: ErrorBody };

export function voiceAnswerRoutes(deps: VoiceRouteDeps): FastifyPluginAsyncZod {
  const { transcriber, maxAudioBytes } = deps;
  return async (app) => {
    app.get(
      '/api/transcription',
      { schema: { tags: ['voice'], summary: 'Whether server transcription is configured, and its limits', response: { 200: z.object({ available: z.boolean(), model: z.string().nullable(), maxAudioBytes: z.number() }) } } },
      async () => ({ available: transcriber.available, model: transcriber.model, maxAudioBytes }),
    );
    await app.register(sessionScoped(deps));
  };
}

function sessionScoped({ sessions, voice, transcriber, audio, maxAudioBytes }: VoiceRouteDeps): FastifyPluginAsyncZod {
  return async (app) => {
    addSessionScope(app, sessions);
    app.post(
      '/api/sessions/:id/transcriptions',
      { schema: { tags: ['voice'], summary: 'Transcribe a recording (multipart: file, optional language, prompt)', params: IdParams, consumes: ['multipart/form-data'], response: { 200: TranscriptionResult, ...errors } } },
      async (req) => {
        if (!req.isMultipart()) throw new AppError('bad_request', 'Send the recording as multipart/form-data with a "file" field.');
        const form = await readForm(req, 'file', maxAudioBytes);
        if (!form.file || form.file.bytes.length === 0) throw new AppError('bad_request', 'No recording was attached (form field "file").');
        if (form.file.tooLarge) throw new AppError('payload_too_large', tooLargeMessage(maxAudioBytes));
        const type = sniffAudio(form.file.bytes);
        if (!type) throw new AppError('unsupported_media_type', notAudio);
        const opts = TranscribeFields.safeParse(form.fields);
        const extra = opts.success ? opts.data : {};
        return transcriber.transcribe(form.file.bytes, { mimeType: type.mediaType, filename: `answer.${type.extension}`, ...extra });
      },
    );
    app.post(
      '/api/sessions/:id/voice-answers',
      {
        schema: {
          tags: ['voice'],
          summary: 'Submit a spoken answer (multipart: questionId, text, durationSeconds, words?, segments?, transcriptSource?, keepsFillers?, audio?)',
          params: IdParams,
          consumes: ['multipart/form-data'],
          response: { 201: VoiceAnswerResult, ...errors },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw new AppError('bad_request', 'Send the answer as multipart/form-data.');
        const form = await readForm(req, 'audio', maxAudioBytes);
        const fields = parseFields(form.fields);
        const type = form.file && !form.file.tooLarge ? sniffAudio(form.file.bytes) : null;
        const recording = !form.file || form.file.bytes.length === 0
          ? undefined
          : form.file.tooLarge
            ? { rejected: `${tooLargeMessage(maxAudioBytes)} Your answer was saved without it.` }
            : type
              ? { bytes: form.file.bytes, mediaType: type.mediaType }
              : { rejected: `${notAudio} Your answer was saved without it.` };
        const result = await voice.answer(req.practiceSession, { ...fields, audio: recording });
        return reply.code(201).send(result);
      },
    );
    app.get(
      '/api/sessions/:id/answers/:answerId/audio',
      { schema: { tags: ['voice'], summary: 'The recording of a spoken answer', params: AudioParams, response: { 200: z.unknown().describe('audio bytes'), 206: z.unknown().describe('a byte range of the audio'), 404: ErrorBody, 416: z.unknown().describe('range not satisfiable') } } },
      async (req, reply) => {
        const found = await audio.get({ ownerId: req.ownerId, sessionId: req.params.id, answerId: req.params.answerId });
        if (!found) throw new AppError('not_found', 'There is no recording for this answer. It may have been deleted or never kept.');
        const size = found.bytes.length;
        void reply.header('content-type', found.mediaType).header('accept-ranges', 'bytes').header('cache-control', 'private, no-store');
        const range = parseRange(req.headers.range, size);
        if (range.kind === 'unsatisfiable') return reply.code(416).header('content-range', `bytes */${size}`).send(Buffer.alloc(0));
        if (range.kind === 'full') return reply.send(found.bytes);
        return reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${size}`).send(found.bytes.subarray(range.start, range.end + 1));
      },
    );
    app.delete(
      '/api/sessions/:id/answers/:answerId/audio',
      { schema: { tags: ['voice'], summary: 'Delete the recording of a spoken answer (the answer stays)', params: AudioParams, response: { 204: z.null(), 404: ErrorBody } } },
      async (req, reply) => {
        const removed = await audio.remove({ ownerId: req.ownerId, sessionId: req.params.id, answerId: req.params.answerId });
        if (!removed) throw new AppError('not_found', 'There is no recording for this answer.');
        return reply.code(204).send(null);
      },
    );
  };
}
