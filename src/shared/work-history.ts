/**
 * Work-history API shapes, shared by the routes (as schemas) and the browser
 * (as types): snippets, paged lists, search hits with highlight segments.
 */
import { z } from 'zod';

export const SNIPPET_SOURCES = ['resume', 'note', 'file', 'voice_transcript', 'answer'] as const;
export const SnippetSource = z.enum(SNIPPET_SOURCES);

export const Snippet = z.object({
  id: z.string(),
  text: z.string(),
  source: SnippetSource,
  tags: z.array(z.string()),
  sessionId: z.string().nullable(),
  createdAt: z.string(),
});
export type Snippet = z.infer<typeof Snippet>;

export const SnippetPage = z.object({ items: z.array(Snippet), total: z.number().int() });
export type SnippetPage = z.infer<typeof SnippetPage>;

/** Result of adding or importing text: long text becomes several snippets; known text is skipped. */
export const AddSnippetsResult = z.object({
  created: z.array(Snippet),
  skippedDuplicates: z.number().int(),
  /** Of the skipped, those the user has corrected since they were first imported (imports only). */
  skippedCorrected: z.number().int().optional(),
});
export type AddSnippetsResult = z.infer<typeof AddSnippetsResult>;

/**
 * What deleting stories (one, or all) removed: the stories, and their copies —
 * questions built on them that were never answered (removed), answered ones
 * whose quote of the story was replaced (redacted), and stored feedback that
 * cited or quoted them (redacted; scores unchanged).
 */
export const ForgetResult = z.object({
  deleted: z.number().int(),
  questionsRemoved: z.number().int(),
  questionsRedacted: z.number().int(),
  feedbackRedacted: z.number().int(),
});
export type ForgetResult = z.infer<typeof ForgetResult>;

/** A corrected story, and what else its correction changed (all 0 for a tag-only edit). */
export const CorrectResult = Snippet.extend({
  questionsRewritten: z.number().int().describe('Unanswered questions built on the story that now quote its new text'),
  questionsRemoved: z.number().int().describe('Unanswered questions built on the story that quoted words it no longer holds'),
  questionsRedacted: z.number().int().describe('Answered questions (and rationales) whose quote of the removed words was replaced'),
  feedbackRedacted: z.number().int().describe('Stored feedback that lost the removed words or now cites the story by its new opening'),
});
export type CorrectResult = z.infer<typeof CorrectResult>;

/** Render `match: true` segments as <mark>; never as HTML. */
export const HighlightSegment = z.object({ text: z.string(), match: z.boolean() });

export const SearchHit = z.object({ snippet: Snippet, score: z.number(), highlight: z.array(HighlightSegment) });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z.object({ items: z.array(SearchHit) });
export type SearchResults = z.infer<typeof SearchResults>;

/**
 * How the owner's stories are searched: by words only, or also by meaning (an
 * embedding model), and how far the owner's stories are in getting vectors.
 */
export const SearchStatus = z.object({
  /** The embedding model, or null when search is by words only. */
  embeddingModel: z.string().nullable(),
  stories: z.number().int(),
  /** Stories with a vector from the current model; the rest are found by words only until they get one. */
  withVectors: z.number().int(),
  /** Vectors are being made in the background now. */
  running: z.boolean(),
  /** The last background run failed (the embedding service did not answer); asking again retries it. */
  stalled: z.boolean(),
});
export type SearchStatus = z.infer<typeof SearchStatus>;
