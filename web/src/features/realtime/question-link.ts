/**
 * Which session question each line of a live interview belongs to.
 *
 * Design (option b of the session-8 brief): the conversation is the truth,
 * not the "Answering" dropdown. The interviewer is told to ask each session
 * question in its given words (services/voice/instructions.ts); when a coach
 * line contains a session question (normalised word overlap), that line and
 * every later line belong to it, until the next coach line that asks another
 * one. The dropdown follows the conversation and stays a manual override: a
 * pick applies to the lines that come after it. Lines are linked by their
 * place in the conversation, never by when their transcript arrived — a
 * candidate's transcript often lands after the coach has already asked the
 * next question. Chosen over "the interviewer asks only the dropdown's
 * question" because it needs no app-driven turn-taking: a user who never
 * touches the dropdown still gets each answer saved under the question it
 * answers. Pure functions, no DOM: unit-tested in Node.
 */

export interface QuestionRef {
  id: string;
  text: string;
}

/** A point in the conversation from which lines belong to `questionId`. */
export interface Anchor {
  /** The line the anchor is on; null: the start of the conversation. */
  itemId: string | null;
  questionId: string;
  /** 'at': the line itself belongs (a coach line asking the question); 'after': only later lines (a manual pick). */
  from: 'at' | 'after';
}

/** Share of a question's words the coach line must contain. */
export const MATCH_SHARE = 0.75;
/** …and at least this many of them (or all, for a shorter question). */
const MIN_WORDS = 3;

const STOP = new Set(
  'a an the and or but of to in on at for with about from by as is are was were be been do did does you your yours i me my we our us it its this that these those there their they them he she his her can could would will should have has had just so if then than what when which who'.split(' '),
);

/** Content words of a line: lower case, apostrophes kept, a plural "s" dropped. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)));
}

function share(question: Set<string>, line: Set<string>): number {
  let found = 0;
  for (const w of question) if (line.has(w)) found++;
  return question.size === 0 || found < Math.min(MIN_WORDS, question.size) ? 0 : found / question.size;
}

/** The session question a coach line asks, or null (a greeting, a thank-you, a follow-up). */
export function matchQuestion(line: string, questions: readonly QuestionRef[]): string | null {
  const said = contentWords(line);
  let best: { id: string; share: number; size: number } | null = null;
  for (const q of questions) {
    const words = contentWords(q.text);
    const s = share(words, said);
    if (s < MATCH_SHARE) continue;
    // The fuller match wins; on a tie, the longer (more specific) question.
    if (!best || s > best.share || (s === best.share && words.size > best.size)) best = { id: q.id, share: s, size: words.size };
  }
  return best?.id ?? null;
}

/** The question after applying the anchors on `itemId` of one kind (the last one set wins). */
function applyAnchors(q: string | null, anchors: readonly Anchor[], itemId: string | null, from: Anchor['from']): string | null {
  return anchors.reduce((acc, a) => (a.itemId === itemId && (itemId === null || a.from === from) ? a.questionId : acc), q);
}

/** The question `itemId` belongs to, given the conversation order and the anchors in the order they were set. */
export function linkedQuestion(order: readonly string[], itemId: string, anchors: readonly Anchor[], fallback: string | null): string | null {
  let q = applyAnchors(fallback, anchors, null, 'after');
  for (const id of order) {
    q = applyAnchors(q, anchors, id, 'at');
    if (id === itemId) return q;
    q = applyAnchors(q, anchors, id, 'after');
  }
  return q;
}
