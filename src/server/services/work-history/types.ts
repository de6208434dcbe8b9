/**
 * The work-history domain types: snippets (a user's own work stories), search
 * hits with highlighted text, and the service's public contract.
 */
import type { GroundingSnippet } from '../../coach/coach.js';

import { SNIPPET_SOURCES, type ForgetResult, type SearchStatus } from '../../../shared/work-history.js';

export type { ForgetResult, SearchStatus };

/** Where a snippet came from (single source: src/shared/work-history.ts). */
export { SNIPPET_SOURCES };
export type SnippetSource = (typeof SNIPPET_SOURCES)[number];

export interface Snippet {
  id: string;
  ownerId: string;
  text: string;
  source: SnippetSource;
  tags: string[];
  sessionId: string | null;
  createdAt: string;
}

/** A run of text, marked when it matched the query; render `match` runs as <mark>. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface SearchHit {
  snippet: Snippet;
  /** Higher is better. BM25 (sign flipped) on the keyless path, fused RRF score on hybrid. */
  score: number;
  highlight: HighlightSegment[];
}

export interface NewSnippetInput {
  text: string;
  source?: SnippetSource;
  tags?: string[];
  sessionId?: string | null;
}

export interface AddResult {
  created: Snippet[];
  /**
   * Chunks not added: already stored for this owner (same text), or stored once
   * and since corrected by the user (`skippedCorrected` of them).
   */
  skippedDuplicates: number;
  /** Of `skippedDuplicates`, the chunks whose story the user has corrected since it was stored. */
  skippedCorrected: number;
}

/** A correction to one story; at least one field. */
export interface SnippetPatch {
  text?: string;
  tags?: string[];
}

/**
 * What correcting a story's text changed besides the story (correct.ts); all 0
 * when only its tags changed.
 */
export interface CorrectCounts {
  /** Unanswered questions built on the story whose quote and source now hold the new text. */
  questionsRewritten: number;
  /** Unanswered questions built on the story that quoted a part of it the new text no longer holds. */
  questionsRemoved: number;
  /** Other questions (answered ones built on the story, rationales quoting it) with the removed words replaced. */
  questionsRedacted: number;
  /** Stored feedback with the removed words taken out or its citation of the story brought up to date. */
  feedbackRedacted: number;
}

/** A corrected story, and what else the correction changed. */
export interface Correction {
  story: Snippet;
  copies: CorrectCounts;
}

export interface ListOptions {
  limit: number;
  offset: number;
  q?: string;
}

export interface ReembedStatus {
  /** The embedding model vectors should have, or null when embeddings are off. */
  model: string | null;
  running: boolean;
  /** Snippets needing a (new) vector when the run started. */
  total: number;
  done: number;
  failed: number;
  lastError?: string;
}

export interface WorkHistoryService {
  add(ownerId: string, input: NewSnippetInput): Promise<AddResult>;
  list(ownerId: string, opts: ListOptions): Promise<{ items: Snippet[]; total: number }>;
  get(ownerId: string, id: string): Promise<Snippet>;
  /**
   * Correct a story's text and/or tags (text re-indexed and re-embedded, and its
   * copies in questions and feedback corrected, in one transaction).
   */
  correct(ownerId: string, id: string, patch: SnippetPatch): Promise<Correction>;
  /** `correct`, answering the corrected story alone. */
  update(ownerId: string, id: string, patch: SnippetPatch): Promise<Snippet>;
  /** Delete one story and forget it in the owner's questions and feedback (forget.ts), in one transaction. */
  remove(ownerId: string, id: string): Promise<ForgetResult>;
  /** Delete every story of the owner, forgetting them likewise; `deleted` says how many stories went. */
  clear(ownerId: string): Promise<ForgetResult>;
  search(ownerId: string, query: string, k?: number): Promise<SearchHit[]>;
  topForGrounding(ownerId: string, text: string, k?: number): Promise<GroundingSnippet[]>;
  importFile(ownerId: string, file: { bytes: Buffer | Uint8Array; filename: string; sessionId?: string | null }): Promise<AddResult>;
  rememberStory(ownerId: string, text: string, opts?: { source?: SnippetSource; sessionId?: string | null }): Promise<AddResult>;
  /**
   * How this owner's stories are searched and how many have vectors yet. Asking
   * restarts a background run that stopped with stories still missing vectors
   * (at most once per `retryAfterMs`), so a recovered embedding server is used again.
   */
  searchStatus(ownerId: string): Promise<SearchStatus>;
  /** Start re-embedding stale/missing vectors in the background (no-op without embeddings). */
  startReembed(): void;
  getReembedStatus(): ReembedStatus;
  /** Resolves when no background re-embedding run is in progress. */
  waitForReembed(): Promise<void>;
  /** Stop background work (call on app shutdown). */
  close(): Promise<void>;
}
