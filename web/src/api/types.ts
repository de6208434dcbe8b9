/**
 * Types shared with the server, re-exported for the browser. `import type` only:
 * the shared modules build zod schemas, which must stay out of the bundle.
 */
export type {
  Answer,
  AnswerResult,
  AnswerWithFeedback,
  DocumentInfo,
  DocumentWithText,
  Health,
  PersonaInfo,
  Question,
  Session,
  SessionDetail,
  SessionSummary,
  UsageTotals,
} from '../../../src/shared/api.js';
export type {
  Difficulty,
  Dimension,
  DimensionKey,
  DocumentKind,
  ExampleAnswer,
  Feedback,
  GapEntry,
  Persona,
  Profile,
  QuestionCategory,
  QuestionType,
} from '../../../src/shared/domain.js';

export type { AddSnippetsResult as AddResult, CorrectResult, ForgetResult, SearchStatus, Snippet, SnippetPage } from '../../../src/shared/work-history.js';
import type { SearchHit } from '../../../src/shared/work-history.js';

/** A run of text, marked when it matched the query. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * One search hit. The server sends `highlight` as segments; a string with
 * matches wrapped in «» is accepted too. Either way the UI renders text only.
 */
export type SnippetHit = Omit<SearchHit, 'highlight'> & { highlight: string | HighlightSegment[] };
