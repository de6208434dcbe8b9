/**
 * "Remember this": turn an answer, voice-transcript turns or the session's
 * resume into work-history snippets (a labelled STAR+I outline of the user's
 * own words for answers and turns, voice turns headed by the question they
 * answer; chunks for the resume).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api.js';
import { AppError } from '../errors.js';
import type { Services } from '../services/index.js';
import { answeredGroups } from '../services/voice/transcript.js';
import { withQuestion } from '../services/work-history/star-note.js';
import type { SessionRow } from '../storage/schema.js';
import { addSessionScope } from './session-scope.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const AnswerParams = IdParams.extend({ answerId: z.string().min(1).max(64) });
const ItemsBody = z.object({ itemIds: z.array(z.string().min(1).max(200)).min(1, 'pick at least one transcript turn').max(200) });
const Result = z.object({ created: z.number().int(), skippedDuplicates: z.number().int(), ids: z.array(z.string()) });
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

function summary(r: { created: { id: string }[]; skippedDuplicates: number }) {
  return { created: r.created.length, skippedDuplicates: r.skippedDuplicates, ids: r.created.map((s) => s.id) };
}

/**
 * Remember picked voice turns: one story per question they answer, each
 * starting with that question — the session's question when the turn is
 * linked to one that still exists, else the interviewer's line before it.
 */
async function rememberVoiceTurns(services: Services, ownerId: string, session: SessionRow, itemIds: string[]) {
  const groups = answeredGroups(await services.voice.list(session), itemIds);
  if (groups.length === 0) throw new AppError('bad_request', 'None of those turns are yours. Pick turns where you spoke.');
  const all = { created: [] as { id: string }[], skippedDuplicates: 0 };
  for (const g of groups) {
    const linked = g.questionId ? await services.questions.requireQuestion(session.id, g.questionId).catch(() => null) : null;
    const r = await services.workHistory.rememberStory(ownerId, withQuestion(linked?.text ?? g.askedAs, g.text), { source: 'voice_transcript', sessionId: session.id });
    all.created.push(...r.created);
    all.skippedDuplicates += r.skippedDuplicates;
  }
  return summary(all);
}

export function memorizeRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    addSessionScope(app, services.sessions);
    app.post(
      '/api/sessions/:id/answers/:answerId/memorize',
      { schema: { tags: ['work-history'], summary: 'Remember an answer as a story', params: AnswerParams, response: { 201: Result, ...errors } } },
      async (req, reply) => {
        const answer = await services.store.getAnswer(req.params.id, req.params.answerId);
        // Stored with the question it answered, as a remembered voice answer is.
        const question = await services.questions.requireQuestion(req.params.id, answer.questionId);
        const r = await services.workHistory.rememberStory(req.ownerId, withQuestion(question.text, answer.text), { source: 'answer', sessionId: req.params.id });
        return reply.code(201).send(summary(r));
      },
    );
    app.post(
      '/api/sessions/:id/voice-transcript/memorize',
      { schema: { tags: ['work-history'], summary: 'Remember voice-transcript turns as a story', params: IdParams, body: ItemsBody, response: { 201: Result, ...errors } } },
      async (req, reply) => reply.code(201).send(await rememberVoiceTurns(services, req.ownerId, req.practiceSession, req.body.itemIds)),
    );
    app.post(
      '/api/sessions/:id/documents/resume/memorize',
      { schema: { tags: ['work-history'], summary: "Import this session's resume into your stories", params: IdParams, response: { 201: Result, ...errors } } },
      async (req, reply) => {
        const resume = (await services.documents.list(req.params.id)).find((d) => d.kind === 'resume');
        if (!resume) throw new AppError('no_documents', 'This session has no resume yet. Upload or paste one first.');
        const r = await services.workHistory.add(req.ownerId, { text: resume.text, source: 'resume', sessionId: req.params.id });
        return reply.code(201).send(summary(r));
      },
    );
  };
}
