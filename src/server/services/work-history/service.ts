/**
 * The work-history service: a private, searchable memory of each owner's own
 * work stories. A snippet row and its index entry (and vector, when embeddings
 * are configured) are written in one transaction, so the index and the
 * snippets can never disagree. The index and the vector hold the story's own
 * words: a remembered answer's question line (coach/story-text.ts) is shown
 * with it but not searched, or every search for the job description's words
 * found it.
 */
import { resumeChunks } from './resume-chunks.js';
import { randomUUID } from 'node:crypto';
import type { GroundingSnippet } from '../../coach/coach.js';
import { storyBody } from '../../coach/story-text.js';
import { AppError, notFound } from '../../errors.js';
import type { Storage } from '../../storage/db.js';
import { correctCopies, lockStory, NOTHING_CORRECTED } from './correct.js';
import { forgetCopies } from './forget.js';
import { extractWithDocuments, loadOutlineStar, type ExtractFn } from './adapters.js';
import { chunkText, DEFAULT_CHUNK } from './chunk.js';
import { checkVectors, encodeVector, type EmbeddingProvider } from './embeddings.js';
import { planQuery } from './expand.js';
import { createFts5Index } from './fts5-index.js';
import { createTsvectorIndex } from './tsvector-index.js';
import { highlightText } from './highlight.js';
import { importSection } from './import-filter.js';
import { createReembedder } from './reembed.js';
import { vectorDims } from './vectors-repo.js';
import * as repo from './repository.js';
import { rank } from './search.js';
import type { SearchIndex } from './search-index.js';
import { formatStarOutline, type OutlineFn } from './star-note.js';
import { contentHash } from '../../text/tokens.js';
import type { AddResult, Correction, ForgetResult, NewSnippetInput, SearchHit, Snippet, SnippetPatch, SnippetSource, WorkHistoryService } from './types.js';

/** The logger shape used here (pino and Fastify's logger fit it). */
export interface WorkHistoryLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface WorkHistoryDeps {
  storage: Storage;
  embeddings?: EmbeddingProvider;
  logger?: WorkHistoryLogger;
  /** Defaults by dialect: FTS5 on SQLite, tsvector on PostgreSQL. */
  index?: SearchIndex;
  extract?: ExtractFn;
  /** Upload size limit for importFile (default: the document extractor's default). */
  maxImportBytes?: number;
  outlineStar?: OutlineFn;
  /** Re-embed stale vectors in the background as soon as the service starts (default true). */
  reembedOnStart?: boolean;
  /** Vector hits below this cosine are ignored (default 0.2). */
  minCosine?: number;
  /** Least time between background runs restarted by searchStatus (default 30 s). */
  retryAfterMs?: number;
}

const silent: WorkHistoryLogger = { info() {}, warn() {}, error() {} };
const MAX_TAGS = 20;
/** Sources that are whole documents: imported through the filter that drops contact lines, skills lists and profile sections. */
const IMPORTED: ReadonlySet<SnippetSource> = new Set(['resume', 'file']);

/** Trim, lower-case and de-duplicate tags; drop empty ones. */
export function normalizeTags(tags: string[] = []): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const tag = t.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 40);
    if (tag) out.add(tag);
  }
  return [...out].slice(0, MAX_TAGS);
}

/** The stories a text is cut into. An imported document (a file, a session's resume) loses what is not a story: contact, skills, profile sections. */
function storiesIn(text: string, source: SnippetSource): string[] {
  return (source === 'resume' ? resumeChunks(text) : null) ?? chunkText(text, DEFAULT_CHUNK, IMPORTED.has(source) ? importSection : undefined);
}

const NOTHING_WRITTEN = 'There are no words here to remember. Write a sentence or two about what happened and what you did.';
const NOTHING_IMPORTED =
  'Nothing in this text reads as a story, so nothing was saved: a story needs a few words of its own, and contact details, skills lists and section names are left out. Paste the story as a note instead.';

export function createWorkHistoryService(deps: WorkHistoryDeps): WorkHistoryService {
  const db = deps.storage.db as unknown as repo.WorkHistoryDb;
  // On SQLite the raw handle gives search prepared statements, cached document
  // frequencies and background segment merging (fts5-index.ts): without it a
  // search spent 1.6–7 ms CPU on frequencies alone.
  const index = deps.index ?? (deps.storage.dialect === 'postgres' ? createTsvectorIndex() : createFts5Index({ sqlite: deps.storage.sqlite }));
  const log = deps.logger ?? silent;
  const embeddings = deps.embeddings;
  const extract = deps.extract ?? extractWithDocuments(deps.maxImportBytes);
  const dims = vectorDims(embeddings?.model ?? '');
  const reembedder = createReembedder(db, embeddings, log, { retryAfterMs: deps.retryAfterMs, dims });
  // Snippet counts per owner, for the search budget; forgotten whenever that owner's snippets change.
  const ownerCounts = new Map<string, number>();
  async function ownerShare(ownerId: string): Promise<number> {
    let n = ownerCounts.get(ownerId);
    if (n === undefined) {
      n = await repo.countRows(db, ownerId);
      if (ownerCounts.size > 10_000) ownerCounts.clear();
      ownerCounts.set(ownerId, n);
    }
    return n / Math.max(1, await repo.maxSeq(db));
  }

  const rankCtx = { db, index, embeddings, log, minCosine: deps.minCosine ?? 0.2, ownerShare };

  /**
   * Vectors for texts being saved, within the save budget (embeddings.ts); null
   * for each one that could not be made or was refused (checkVectors). Either
   * way the story is saved now and the background job adds the vector later.
   */
  async function embedOrNull(texts: string[]): Promise<Array<number[] | null> | null> {
    if (!embeddings || !texts.length) return null;
    try {
      const checked = checkVectors(await embeddings.embed(texts, { purpose: 'save' }), await dims.known(db));
      dims.learn(checked.dims);
      if (checked.problems.length) log.warn({ model: embeddings.model, refused: checked.problems.length, problems: [...new Set(checked.problems)] }, 'work_history_vectors_refused');
      return checked.vectors;
    } catch (err) {
      log.warn({ err, model: embeddings.model }, 'work_history_embedding_failed');
      return null;
    }
  }

  /**
   * Store texts as snippets (already chunked), skipping ones the owner has —
   * and, for an import, ones the owner has corrected since: a re-import must not
   * bring the uncorrected text back. A note typed again is the user's choice and is kept.
   */
  async function store(ownerId: string, texts: string[], source: SnippetSource, tags: string[], sessionId: string | null): Promise<AddResult> {
    const unique = new Map<string, string>();
    for (const t of texts) if (!unique.has(contentHash(t))) unique.set(contentHash(t), t);
    const have = await repo.existingHashes(db, ownerId, [...unique.keys()]);
    const corrected = IMPORTED.has(source) ? await repo.correctedHashes(db, ownerId, [...unique.keys()].filter((h) => !have.has(h))) : new Set<string>();
    const fresh = [...unique.entries()].filter(([h]) => !have.has(h) && !corrected.has(h));
    const vectors = await embedOrNull(fresh.map(([, t]) => storyBody(t)));
    const createdAt = new Date().toISOString();
    ownerCounts.delete(ownerId);
    const created = await db.transaction().execute(async (trx) => {
      const out: Snippet[] = [];
      for (const [i, [hash, text]] of fresh.entries()) {
        const v = vectors?.[i];
        const row = { id: randomUUID(), ownerId, text, source, tags, sessionId, contentHash: hash, createdAt };
        const seq = await repo.insertRow(trx, { ...row, embedding: v ? encodeVector(v) : null, embeddingModel: v ? embeddings!.model : null });
        if (seq === null) continue;
        await index.index(trx, { seq, ownerId, text: storyBody(text), tags });
        out.push({ id: row.id, ownerId, text, source, tags, sessionId, createdAt });
      }
      return out;
    });
    if (embeddings && !vectors?.every(Boolean) && created.length) reembedder.start();
    const skippedCorrected = texts.filter((t) => corrected.has(contentHash(t))).length;
    return { created, skippedDuplicates: texts.length - created.length, skippedCorrected };
  }

  async function add(ownerId: string, input: NewSnippetInput, chunk = true): Promise<AddResult> {
    const text = input.text.trim();
    if (!text) throw new AppError('bad_request', 'The text is empty. Write or paste a story to remember.');
    const source = input.source ?? 'note';
    const chunks = chunk ? storiesIn(text, source) : [text];
    // Nothing left to store ("🎉🏆", a one-word file) is said as such: answering "0 saved" read as "already saved".
    if (chunks.length === 0) throw new AppError('bad_request', IMPORTED.has(source) ? NOTHING_IMPORTED : NOTHING_WRITTEN);
    return store(ownerId, chunks, source, normalizeTags(input.tags), input.sessionId ?? null);
  }

  async function mustFind(ownerId: string, id: string): Promise<NonNullable<Awaited<ReturnType<typeof repo.findById>>>> {
    const row = await repo.findById(db, ownerId, id);
    if (!row) throw notFound('snippet');
    return row;
  }

  async function search(ownerId: string, query: string, k = 5): Promise<SearchHit[]> {
    const plan = planQuery(query);
    const { hits, rows } = await rank(rankCtx, ownerId, query, plan, Math.min(Math.max(k, 1), 100));
    const missing = hits.filter((h) => !rows.has(h.seq)).map((h) => h.seq);
    for (const r of await repo.findBySeqs(db, ownerId, missing)) rows.set(Number(r.seq), r);
    // Highlighting in JS: FTS5 highlight() would re-run the whole MATCH for a handful of rows.
    return hits.flatMap((h) => {
      const row = rows.get(h.seq);
      if (!row) return [];
      return [{ snippet: repo.toSnippet(row), score: h.score, highlight: highlightText(row.text, plan) }];
    });
  }

  /** What a correction changes, worked out before the transaction (the vector needs a network call). */
  interface Change {
    /** The new text, when it differs from the stored one. */
    text?: string;
    tags?: string[];
    vector: number[] | null;
  }

  async function prepareChange(ownerId: string, id: string, patch: SnippetPatch): Promise<Change> {
    const text = patch.text?.trim();
    if (text !== undefined && !text) throw new AppError('bad_request', 'The story text is empty. Write the story, or delete it instead.');
    const current = await mustFind(ownerId, id);
    const changed = text !== undefined && text !== current.text ? text : undefined;
    const vector = changed ? ((await embedOrNull([storyBody(changed)]))?.[0] ?? null) : null;
    return { text: changed, tags: patch.tags ? normalizeTags(patch.tags) : undefined, vector };
  }

  async function applyChange(trx: repo.WorkHistoryDb, ownerId: string, id: string, change: Change): Promise<Correction> {
    await lockStory(trx, ownerId, id, deps.storage.dialect);
    const row = await repo.findById(trx, ownerId, id);
    if (!row) throw notFound('snippet');
    const seq = Number(row.seq);
    const next = { text: change.text ?? row.text, tags: change.tags ?? (JSON.parse(row.tags) as string[]) };
    if (change.text) await assertNotDuplicate(trx, ownerId, id, contentHash(change.text));
    await index.remove(trx, [seq]);
    await repo.updateRow(trx, seq, { tags: next.tags, ...(change.text ? textFields(change.text, change.vector) : {}) });
    await index.index(trx, { seq, ownerId, text: storyBody(next.text), tags: next.tags });
    const copies = change.text && change.text !== row.text ? await correctCopiesOf(trx, ownerId, id, row.text) : NOTHING_CORRECTED;
    return { story: { ...repo.toSnippet(row), ...next }, copies };
  }

  /** After the new text is saved: the story's copies in questions and feedback (correct.ts). */
  async function correctCopiesOf(trx: repo.WorkHistoryDb, ownerId: string, id: string, before: string) {
    // Read back after the update: its original hash is now set even on a first correction.
    const [saved] = await repo.storiesToForget(trx, ownerId, id);
    return correctCopies(trx, ownerId, { id, before, after: saved!.text, originalHash: saved!.originalHash }, deps.storage.dialect);
  }

  /**
   * Correct a story: new text and/or tags. New text gets a new content hash
   * (refused when it repeats another of the owner's stories), a new index entry
   * and, with embeddings on, a new vector, and its copies in questions and
   * feedback are corrected (correct.ts), all in one transaction; when the
   * vector cannot be made now, the old one is dropped (it describes the old
   * text) and the background job adds one later.
   */
  async function correct(ownerId: string, id: string, patch: SnippetPatch): Promise<Correction> {
    const change = await prepareChange(ownerId, id, patch);
    const saved = await db.transaction().execute((trx) => applyChange(trx, ownerId, id, change));
    if (change.text && embeddings && !change.vector) reembedder.start();
    return saved;
  }

  /** The row fields that change with the text: its hash and its vector (null until the background job makes one). */
  function textFields(text: string, vector: number[] | null): Omit<repo.RowUpdate, 'tags'> {
    return { text, contentHash: contentHash(text), embedding: vector ? encodeVector(vector) : null, embeddingModel: vector ? embeddings!.model : null };
  }

  async function assertNotDuplicate(trx: repo.WorkHistoryDb, ownerId: string, id: string, hash: string): Promise<void> {
    const other = await repo.findByHash(trx, ownerId, hash);
    if (other && other.id !== id) throw new AppError('conflict', 'You already have a story with exactly this text. Keep that one, or change this one so they differ.');
  }

  /** Delete the stories (rows and index entries) and, in the same transaction, their copies in questions and feedback. */
  async function forget(trx: repo.WorkHistoryDb, ownerId: string, stories: repo.StoryToForget[], everything: boolean): Promise<ForgetResult> {
    const seqs = stories.map((s) => s.seq);
    await index.remove(trx, seqs);
    const deleted = await repo.deleteBySeqs(trx, ownerId, seqs);
    return { deleted, ...(await forgetCopies(trx, ownerId, stories, { everything, dialect: deps.storage.dialect })) };
  }

  const service: WorkHistoryService = {
    add: (ownerId, input) => add(ownerId, input),

    async list(ownerId, { limit, offset, q }) {
      const plan = q?.trim() ? planQuery(q, { expand: false }) : null;
      if (!plan || !plan.terms.length) {
        const [rows, total] = await Promise.all([repo.listRows(db, ownerId, limit, offset), repo.countRows(db, ownerId)]);
        return { items: rows.map(repo.toSnippet), total };
      }
      const total = await index.count(db, ownerId, { plan, mode: 'all' });
      const hits = await index.search(db, ownerId, { plan, mode: 'all', limit, offset });
      const rows = await repo.findBySeqs(db, ownerId, hits.map((h) => h.seq));
      return { items: rows.map(repo.toSnippet), total };
    },

    get: async (ownerId, id) => repo.toSnippet(await mustFind(ownerId, id)),

    correct,

    update: async (ownerId, id, patch) => (await correct(ownerId, id, patch)).story,

    async remove(ownerId, id) {
      ownerCounts.delete(ownerId);
      return db.transaction().execute(async (trx) => {
        const stories = await repo.storiesToForget(trx, ownerId, id);
        if (!stories.length) throw notFound('snippet');
        return forget(trx, ownerId, stories, false);
      });
    },

    async clear(ownerId) {
      ownerCounts.delete(ownerId);
      return db.transaction().execute(async (trx) => forget(trx, ownerId, await repo.storiesToForget(trx, ownerId), true));
    },

    search,

    async topForGrounding(ownerId, text, k = 3): Promise<GroundingSnippet[]> {
      const hits = await search(ownerId, text, k);
      return hits.map((h) => ({ id: h.snippet.id, text: h.snippet.text }));
    },

    async importFile(ownerId, file) {
      const { text } = await extract({ bytes: Buffer.from(file.bytes), filename: file.filename });
      return add(ownerId, { text, source: 'file', tags: [], sessionId: file.sessionId ?? null });
    },

    async rememberStory(ownerId, text, opts = {}) {
      if (!text.trim()) throw new AppError('bad_request', 'There is nothing to remember: the text is empty.');
      const outline = deps.outlineStar ?? (await loadOutlineStar());
      const story = formatStarOutline(outline(text.trim()));
      return add(ownerId, { text: story, source: opts.source ?? 'answer', tags: ['story'], sessionId: opts.sessionId ?? null }, false);
    },

    searchStatus: (ownerId) => reembedder.ownerStatus(ownerId),
    startReembed: () => reembedder.start(),
    getReembedStatus: () => reembedder.status(),
    waitForReembed: () => reembedder.idle(),
    close: () => reembedder.stop(),
  };
  if (deps.reembedOnStart !== false) reembedder.start();
  return service;
}
