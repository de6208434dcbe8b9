/**
 * Import of a JSON export: the body was already validated against
 * `SessionExport` (zod, at the route); here the cross-references are checked
 * (answers point at questions in the file, one document per kind, base64
 * that decodes) and the session is created for the importer with fresh ids
 * in one transaction. A bad file is refused with 400 and writes nothing.
 * Versions 1 and 2 are read (2 adds the voice interview transcript). The new
 * session is named "<name> (imported)", or "(imported 2)", … when the owner
 * already has that name, so it never passes for the original.
 */
import { sql } from 'kysely';
import type { Session } from '../../../shared/api.js';
import { SESSION_NAME_MAX } from '../../../shared/limits.js';
import { VOICES } from '../../../shared/voices.js';
import { buildProfile } from '../../coach/builtin/profile.js';
import { AppError } from '../../errors.js';
import type { Storage } from '../../storage/db.js';
import type { ImportableExport } from '../../../shared/review-report.js';
import { writeSession, type PlannedDocument, type PlannedTurn } from './write-session.js';

function refuse(message: string): never {
  throw new AppError('bad_request', `This file cannot be imported: ${message}`);
}

function checkReferences(file: ImportableExport): void {
  const refs = new Set<string>();
  for (const q of file.questions) {
    if (refs.has(q.ref)) refuse(`two questions share the ref "${q.ref}".`);
    refs.add(q.ref);
  }
  const missing = file.answers.find((a) => !refs.has(a.questionRef));
  if (missing) refuse(`an answer refers to question "${missing.questionRef}", which is not in the file.`);
  const stray = transcriptOf(file).find((t) => t.questionRef !== null && !refs.has(t.questionRef));
  if (stray) refuse(`a voice transcript turn refers to question "${stray.questionRef}", which is not in the file.`);
  const kinds = file.documents.map((d) => d.kind);
  if (new Set(kinds).size !== kinds.length) refuse('it has two documents of the same kind; a session holds one resume and one job description.');
}

/** The transcript turns of a file (version 1 has none), with times in UTC so they sort as text. */
function transcriptOf(file: ImportableExport): PlannedTurn[] {
  if (file.version === 1) return [];
  return file.voiceTranscript.map((t) => ({ role: t.role, text: t.text, questionRef: t.questionRef, at: new Date(t.at).toISOString() }));
}

const IMPORTED = / \(imported(?: (\d{1,6}))?\)$/;

/**
 * "Q3 prep" → "Q3 prep (imported)", or "(imported n)" with n one past the highest
 * in `taken`; a name that already says "(imported …)" is not marked twice.
 */
export function importedName(name: string, taken: readonly string[]): string {
  // Leave room for the longest suffix, " (imported 999999)".
  const base = name.replace(IMPORTED, '').trim().slice(0, SESSION_NAME_MAX - 18).trimEnd();
  let highest = 0;
  for (const t of taken) {
    if (!t.startsWith(`${base} (imported`)) continue;
    const m = IMPORTED.exec(t.slice(base.length));
    if (m && m.index === 0) highest = Math.max(highest, m[1] ? Number(m[1]) : 1);
  }
  return highest === 0 ? `${base} (imported)` : `${base} (imported ${highest + 1})`;
}

/** The owner's session names that start with the base name (substr, not LIKE: the name may hold % or _). */
async function takenNames(storage: Storage, ownerId: string, name: string): Promise<string[]> {
  const base = `${name.replace(IMPORTED, '').trim().slice(0, SESSION_NAME_MAX - 18).trimEnd()} (imported`;
  const rows = await storage.db
    .selectFrom('sessions')
    .select('name')
    .where('owner_id', '=', ownerId)
    .where(sql<string>`substr(name, 1, ${base.length})`, '=', base)
    .execute();
  return rows.map((r) => r.name);
}

function decodeDocument(d: ImportableExport['documents'][number]): PlannedDocument {
  const bytes = Buffer.from(d.bytesBase64, 'base64');
  // Buffer.from skips bad characters and padding silently; re-encoding proves the text was whole, padded base64.
  if (bytes.toString('base64') !== d.bytesBase64) refuse(`the ${d.kind} bytes are not valid (padded) base64.`);
  const job = d.kind === 'job_description' ? buildProfile(null, d.text).job : null;
  return {
    kind: d.kind, filename: d.filename, media_type: d.mediaType, bytes, text: d.text, pages: d.pages,
    role_title: job?.title ?? null, company: job?.company ?? null, created_at: d.createdAt,
  };
}

export interface ImportOptions {
  /** Models this server offers; an imported session keeps its model only when it is one of them. */
  allowedModels: string[];
}

/** Create a new session for `ownerId` from a validated export. */
export async function importSession(storage: Storage, ownerId: string, file: ImportableExport, opts: ImportOptions): Promise<Session> {
  checkReferences(file);
  const documents = file.documents.map(decodeDocument);
  const s = file.session;
  const voice = s.voice !== null && (VOICES as readonly string[]).includes(s.voice) ? s.voice : null;
  const model = s.model !== null && opts.allowedModels.includes(s.model) ? s.model : null;
  const questions = [...file.questions]
    .sort((a, b) => a.position - b.position)
    .map((q) => ({ ref: q.ref, text: q.text, category: q.category, competency: q.competency, rationale: q.rationale, source: q.source, created_at: q.createdAt }));
  const answers = file.answers.map((a) => ({
    questionRef: a.questionRef, text: a.text, source: a.source, durationSeconds: a.durationSeconds, created_at: a.createdAt, feedback: a.feedback,
  }));
  const name = importedName(s.name, await takenNames(storage, ownerId, s.name));
  return writeSession(storage, {
    ownerId,
    settings: { name, persona: s.persona, difficulty: s.difficulty, question_type: s.questionType, voice, model },
    createdAt: s.createdAt,
    documents,
    questions,
    answers,
    transcript: transcriptOf(file),
  });
}
