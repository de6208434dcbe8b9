/**
 * "Remember as a story" without an LLM: the built-in coach's STAR detection
 * labels the user's own sentences Situation, Task, Action, Result or Impact.
 * Every sentence is kept, in the user's order; nothing is invented, and a part
 * the user did not tell is left out rather than shown as a placeholder (a
 * "[not stated]" line would be stored, indexed and quoted back as if the user
 * had said it). Words that tell no past story — a plan ("First I'd acknowledge
 * the page…") — carry no STAR label: a plan is not a Situation. A story of
 * one line carries no label either ("Result: I rebuilt the rota…" would say
 * the whole story is a result). A story may start with the interviewer's
 * question it answers (`withQuestion`): that line is kept as it is, unlabelled.
 */
import type { StarOutline, StarPart } from '../../coach/builtin/star.js';
import { QUESTION_CLOSE, QUESTION_LABEL, QUESTION_OPEN } from '../../coach/story-text.js';

export type { StarOutline };

/** One sentence of the user's text, in order, with the part the outliner gave it (null: none). */
export interface OutlineSentence {
  text: string;
  part: StarPart | null;
}

/** An outline that also lists every sentence in order, so no word of the user's is dropped. */
export interface StoryOutline extends StarOutline {
  sentences?: OutlineSentence[];
}

export type OutlineFn = (text: string) => StoryOutline;

const LABELS: Record<StarPart, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  impact: 'Impact',
};
const ORDER: StarPart[] = ['situation', 'task', 'action', 'result', 'impact'];

/** A label the user wrote themselves ("Situation:", "S:"), dropped where ours replaces it. */
const OWN_LABEL = /^\s*(?:\(?[star]\)?\s*[:.-]|(?:situation|task|actions?|results?|impact|learnings?|outcome)\s*[:–—-])\s*/i;
/** "I'd escalate", "we will roll back", "I usually try": a plan or a habit, not something that happened. */
const PLAN = /\b(?:i|we)(?:['’]d|['’]ll| would| will| am going to|['’]m going to| are going to|['’]re going to| might| could| should| plan to| (?:usually|always|normally|typically|generally|often|tend to|try to|like to))\b(?! have\b)/i;
/** A past-tense own action ("I failed over", "we told them") before any plan word makes a sentence past. */
const PAST = /\b(?:i|we)\s+(?:\w+ly\s+|then\s+|first\s+|also\s+)?(?:[a-z]+ed|built|wrote|led|ran|set|made|took|told|said|knew|thought|found|kept|gave|got|put|sent|spent|went|chose|began|brought|broke|held|taught|understood|did|had|was|were)\b/i;

// How the interviewer's question is marked at the top of a story: `Question: “…”` (coach/story-text.ts).
export { QUESTION_LABEL };

/**
 * The text to remember: the interviewer's question on a line of its own, then
 * the answer. The question is flattened to one line and its own curly quotes
 * made straight, so its closing ” is the only one — the sentence splitter
 * splits only after . ! ? plus a space or at a line break, so the question's
 * last sentence is the first one to end with ”.
 */
export function withQuestion(question: string | null | undefined, answer: string): string {
  const q = (question ?? '').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return q ? `${QUESTION_OPEN}${q}${QUESTION_CLOSE}\n${answer}` : answer;
}

/** The question line (sentences joined back) and the answer's sentences. */
function splitQuestion(sentences: OutlineSentence[]): { question: string | null; rest: OutlineSentence[] } {
  if (!sentences[0]?.text.trim().startsWith(QUESTION_OPEN)) return { question: null, rest: sentences };
  const end = sentences.findIndex((s) => s.text.trim().endsWith(QUESTION_CLOSE));
  const last = end < 0 ? 0 : end;
  return { question: sentences.slice(0, last + 1).map((s) => s.text.trim()).join(' '), rest: sentences.slice(last + 1) };
}

/** A sentence that states what the speaker would do (or usually does) rather than what they did. */
export function isPlan(sentence: string): boolean {
  const plan = PLAN.exec(sentence);
  if (!plan) return false;
  const past = PAST.exec(sentence);
  return !past || past.index > plan.index;
}

/** The part a sentence is labelled with in the note: a plan keeps a reflection ("next time I'd…") only. */
function noteLabel(s: OutlineSentence): StarPart | null {
  if (!s.part) return null;
  return isPlan(s.text) && s.part !== 'impact' ? null : s.part;
}

/** True when the sentences tell something that happened: an action or result that is not a plan. */
export function tellsPastStory(sentences: OutlineSentence[]): boolean {
  return sentences.some((s) => (s.part === 'action' || s.part === 'result') && !isPlan(s.text));
}

/**
 * The user's sentences as labelled lines in their own order: a sentence with
 * a part starts a "Label: …" line (or continues the line before when it has
 * the same part); an unlabelled sentence continues the line before, or — a
 * plan, or words before any part — stands as a line of its own without a label.
 */
function labelledLines(sentences: OutlineSentence[]): string[] {
  const lines: Array<{ label: StarPart | null; words: string[] }> = [];
  for (const s of sentences) {
    const text = s.text.trim();
    if (!text) continue;
    const label = noteLabel(s);
    const last = lines[lines.length - 1];
    const plan = !label && isPlan(text);
    if (last && (label ? last.label === label : !plan || last.label === null)) last.words.push(label ? text.replace(OWN_LABEL, '') : text);
    else lines.push({ label, words: [label ? text.replace(OWN_LABEL, '') : text] });
  }
  return lines.map((l) => (l.label ? `${LABELS[l.label]}: ${l.words.join(' ')}` : l.words.join(' ')));
}

/** The answer's sentences as the note: labelled lines for a past story of more than one line, else the words alone. */
function answerNote(sentences: OutlineSentence[]): string {
  const words = () => sentences.map((s) => s.text.trim()).filter(Boolean).join(' ');
  if (!tellsPastStory(sentences)) return words();
  const lines = labelledLines(sentences);
  return lines.length > 1 ? lines.join('\n') : words();
}

/**
 * Render an outline as the stored story. With the sentences in order: the
 * question line first when there is one, then the user's words with STAR
 * labels when they tell a past story in more than one line, or the words
 * alone when they do not (a plan, an opinion, a single line). Without them: one labelled line
 * per part the outline has, parts it lacks left out.
 */
export function formatStarOutline(outline: StoryOutline): string {
  if (outline.sentences) {
    const { question, rest } = splitQuestion(outline.sentences);
    return [question, answerNote(rest)].filter(Boolean).join('\n');
  }
  return ORDER.flatMap((key) => {
    const parts = outline[key].map((s) => s.replace(OWN_LABEL, '').trim()).filter(Boolean);
    return parts.length ? [`${LABELS[key]}: ${parts.join(' ')}`] : [];
  }).join('\n');
}
