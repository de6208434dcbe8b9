/**
 * The user's own stories in the built-in coach's feedback. When an answer is
 * weak on its result or its specifics and one of the retrieved work-history
 * snippets is about the same thing and carries what the answer lacks (a
 * measured result, named details), the feedback points at that story and
 * quotes its own words. Scores never change here: only the advice does.
 *
 * Retrieval ranks snippets but can still return an unrelated one, so each is
 * checked again against the question (and the answer's topic) with a small
 * synonym map ("cut the AWS bill" meets "reduced cloud costs"); below the
 * threshold a story is never suggested.
 */
import type { DimensionKey, Persona } from '../../../../shared/domain.js';
import { DIMENSION_LABELS } from '../../../../shared/labels.js';
import { storyExcerpt } from '../../citations.js';
import { userWords } from '../../story-text.js';
import type { EvaluationRequest, GroundingSnippet } from '../../coach.js';
import { competencyMatcher } from '../competencies.js';
import { splitSentences } from '../text.js';
import type { ScoredDimension, Scoring } from '../evaluate.js';
import { answerMode } from './rubric.js';
import { computeSignals, isTimeOfDay } from './signals.js';
import { topicKeys } from './story-topics.js';

/** Minimum topic overlap for a story to count as being about this question. */
export const STORY_RELEVANCE_MIN = 2;
/** Dimension scores at or below this leave room for a story's material. */
const WEAK_AT = 3;
const LINE_EXCERPT_CHARS = 60;
const QUOTE_WORDS = 12;

export type StoryGap = 'result' | 'specifics';

/** One story the feedback points at, with the snippet's own words that fill the gap. */
export interface StorySuggestion {
  snippetId: string;
  gap: StoryGap;
  /** Verbatim words from the snippet (whitespace collapsed). */
  quote: string;
  relevance: number;
  /** Short opening of the story, for the feedback line. */
  excerpt: string;
}

/**
 * How much a story is about the question at hand: topics shared with the
 * question count 1 each, further topics shared with the answer 0.5, and the
 * competency's vocabulary (twice or more in the story) 0.5. A story sharing
 * no topic with the question scores 0, however close it is to the answer:
 * the answer may be about the wrong thing, and another story that merely
 * shares its words would be a wrong suggestion.
 */
export function storyRelevance(story: string, req: Pick<EvaluationRequest, 'question' | 'answer'>): number {
  const s = topicKeys(story);
  const q = topicKeys(`${req.question.text} ${req.question.competency.replace(/_/g, ' ')}`);
  const a = topicKeys(req.answer);
  let withQuestion = 0;
  let withAnswer = 0;
  for (const k of s) {
    if (q.has(k)) withQuestion++;
    else if (a.has(k)) withAnswer++;
  }
  if (withQuestion === 0) return 0;
  const comp = competencyMatcher(req.question.competency);
  const compBonus = comp && (story.match(comp)?.length ?? 0) >= 2 ? 0.5 : 0;
  return withQuestion + withAnswer * 0.5 + compBonus;
}

function dim(scoring: Scoring, key: DimensionKey): ScoredDimension | undefined {
  return scoring.dimensions.find((d) => d.key === key);
}

const isWeak = (d: ScoredDimension | undefined): boolean => d !== undefined && (d.score === null || d.score <= WEAK_AT);

/** What the answer lacks that a story could supply, most useful first. */
export function storyGaps(scoring: Scoring, req: EvaluationRequest): StoryGap[] {
  const gaps: StoryGap[] = [];
  const design = answerMode(req.question.text, req.question.category) === 'design';
  if (!design && isWeak(dim(scoring, 'result_impact'))) gaps.push('result');
  if (isWeak(dim(scoring, 'specificity'))) gaps.push('specifics');
  return gaps;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const normalised = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}%.]+/gu, ' ').trim()} `;

/** The clause of `sentence` holding `metric`, at most QUOTE_WORDS words around it, connectives trimmed. */
export function clauseAround(sentence: string, metric: string): string {
  const clauses = sentence.split(/[;,:]\s+|\s+[—–-]\s+/);
  const clause = clauses.find((c) => figureAt(c, metric) >= 0) ?? clauses.find((c) => c.includes(metric)) ?? sentence;
  const words = flat(clause).replace(/^(?:which|and|so|that|then|while|where)\s+/i, '').replace(/[.!?]+$/, '').split(' ');
  const at = Math.max(0, words.findIndex((w) => w.includes(metric)));
  const from = Math.max(0, Math.min(at - Math.floor(QUOTE_WORDS / 2), words.length - QUOTE_WORDS));
  const to = rangeEnd(words, at, from + QUOTE_WORDS);
  return trimDangling(words.slice(from, to)).join(' ');
}

/** Words a quote must not end on: it would stop mid-thought ("…a silent task on the board so"). */
const DANGLING = /^(?:so|and|but|or|which|that|to|of|the|a|an|with|on|in|at|for|because|by|from|as|than|then|while|where|when|who|its|their|our|my|his|her)$/i;

function trimDangling(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && DANGLING.test(words[end - 1]!)) end--;
  return words.slice(0, end);
}

/**
 * Where the quote ends: its window, or further when the window cuts a range in half — "went from
 * 31% of pupils getting it right" means nothing without its "to 68%" (up to RANGE_REACH words on).
 */
function rangeEnd(words: string[], at: number, end: number): number {
  if (!/^from$/i.test(words[at - 1] ?? '')) return end;
  const close = words.findIndex((w, i) => i > at && /^to$/i.test(w) && /\d/.test(words[i + 1] ?? ''));
  return close >= end - 1 && close < at + RANGE_REACH ? Math.max(end, close + 2) : end;
}

/** How far past the first figure a range's second one may be and still be quoted with it. */
const RANGE_REACH = 16;

/** Where `metric` stands in `text` as a figure of its own (not inside a longer number, not a time of day); -1 if nowhere. */
export function figureAt(text: string, metric: string): number {
  for (let at = text.indexOf(metric); at >= 0; at = text.indexOf(metric, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + metric.length);
    if (/\d$|\d[.,:]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
    if (isTimeOfDay(text, at, metric)) continue;
    return at;
  }
  return -1;
}

/**
 * A measured result in the story that the answer does not already give, in the
 * story's words. A time of day ("ran out of disk at 3am") is never one: it says
 * when, not what changed.
 */
function measuredResult(text: string, answer: string, outcomeOnly: boolean): string | null {
  const said = normalised(answer);
  const sentences = located(text);
  for (const metric of computeSignals(text).metrics) {
    if (said.includes(normalised(metric))) continue;
    const at = figureAt(text, metric);
    if (at < 0) continue;
    const sentence = sentences.find((s) => s.start <= at && at < s.start + s.text.length)?.text;
    // "Our AWS spend had grown to $108k a month" sets the scene; the result is what changed.
    if (outcomeOnly && !(sentence && OUTCOME.test(sentence))) continue;
    return clauseAround(sentence ?? text, metric);
  }
  return null;
}

/** A sentence that says what changed: a result label or a verb of change. */
export const OUTCOME = /^\s*\**(?:result|impact|outcome)s?\b|\b(?:fell|dropped|rose|cut|reduced|saved|halved|doubled|increased|decreased|improved|went (?:from|down|up)|moved (?:up|down)|climbed|jumped|back (?:in|up|online)|down (?:to|from|by)|up (?:to|from|by)|from [^.]{1,30} to|(?:in|within) (?:\d+|one|two|three|four|five|a few) (?:minutes?|hours?|days?|weeks?|months?|quarters?))\b/i;

/** The story's sentences with where each starts in it. */
function located(text: string): Array<{ text: string; start: number }> {
  let from = 0;
  return splitSentences(text).map((s) => {
    const start = text.indexOf(s, from);
    from = start < 0 ? from : start + s.length;
    return { text: s, start };
  });
}

/** Names and time frames in the story that the answer does not mention (two or more, or none). */
function namedDetails(text: string, answer: string): string | null {
  const sig = computeSignals(text);
  const said = normalised(answer);
  const details = [...new Set([...sig.properNouns, ...sig.timeFrames])].filter((d) => !said.includes(normalised(d)));
  return details.length >= 2 ? details.slice(0, 3).join(', ') : null;
}

/** A story's figures serve both gaps (a figure is the most checkable detail); names only specifics. */
function material(gap: StoryGap, snippet: GroundingSnippet, answer: string): string | null {
  const figures = measuredResult(snippet.text, answer, gap === 'result');
  return gap === 'result' ? figures : (figures ?? namedDetails(snippet.text, answer));
}


/**
 * The story (at most one) the feedback should point at: the most relevant
 * snippet above the threshold that has material for the answer's first gap it
 * can fill. Empty when the answer has no such gap or no story fits.
 */
export function suggestStories(req: EvaluationRequest, scoring: Scoring): StorySuggestion[] {
  const gaps = storyGaps(scoring, req);
  if (gaps.length === 0 || req.snippets.length === 0) return [];
  const ranked = req.snippets
    .map((snippet, rank) => ({ snippet, rank, relevance: storyRelevance(snippet.text, req) }))
    .filter((r) => r.relevance >= STORY_RELEVANCE_MIN)
    .sort((a, b) => b.relevance - a.relevance || a.rank - b.rank);
  for (const gap of gaps) {
    for (const { snippet, relevance } of ranked) {
      const quote = material(gap, snippet, req.answer);
      if (quote) return [{ snippetId: snippet.id, gap, quote, relevance, excerpt: storyExcerpt(userWords(snippet.text), LINE_EXCERPT_CHARS) }];
    }
  }
  return [];
}

const LINES: Record<Persona, Record<StoryGap, string>> = {
  helpful: {
    result: 'Your story “{story}” has a measured result ({quote}) — use it here.',
    specifics: 'Your story “{story}” has the concrete details this answer lacks ({quote}) — use them here.',
  },
  ruthless: {
    result: 'Use your own story “{story}”: it has the measured result this answer lacks ({quote}).',
    specifics: 'Use your own story “{story}”: it names the details this answer lacks ({quote}).',
  },
  discovery: {
    result: 'Your story “{story}” has a measured result ({quote}) — how would this answer sound told with it?',
    specifics: 'Your story “{story}” has details this answer leaves out ({quote}) — which of them belong here?',
  },
};

/** The feedback line for a suggestion, in the persona's voice. */
export function storyLine(s: StorySuggestion, persona: Persona): string {
  return LINES[persona][s.gap].replace('{story}', s.excerpt).replace('{quote}', s.quote);
}

const GAP_DIMENSION: Record<StoryGap, DimensionKey> = { result: 'result_impact', specifics: 'specificity' };

/** Improvements with each story line placed right after the line about the dimension it helps (or last). */
export function withStoryLines(improvements: string[], suggestions: StorySuggestion[], persona: Persona): string[] {
  const out = [...improvements];
  for (const s of suggestions) {
    const label = DIMENSION_LABELS[GAP_DIMENSION[s.gap]];
    const at = out.findIndex((line) => line.startsWith(label));
    out.splice(at < 0 ? out.length : at + 1, 0, storyLine(s, persona));
  }
  return out;
}
