/**
 * Turns a scoring into the words the user reads: summary, strengths and
 * improvements that quote this answer, per-dimension advice, and a follow-up
 * question aimed at the weakest dimension — all framed by the persona.
 */
import type { DimensionKey, Persona } from '../../../../shared/domain.js';
import type { EvaluationRequest } from '../../coach.js';
import type { Scoring, ScoredDimension } from '../evaluate.js';
import { ADVICE, adviceFor, DIMENSION_LABELS, FOLLOW_UPS, SUMMARY_FRAMES } from './advice.js';
import { ANCHORS, TIER_CUTS, weightsFor, answerMode } from './rubric.js';

export interface FeedbackText {
  summary: string;
  strengths: string[];
  improvements: string[];
  followUp: string;
  advice: Partial<Record<DimensionKey, string>>;
}

const EMPHASIS: Record<Persona, { strengths: number; improvements: number }> = {
  ruthless: { strengths: 1, improvements: 3 },
  helpful: { strengths: 2, improvements: 2 },
  discovery: { strengths: 2, improvements: 2 },
};

function weakest(dims: ScoredDimension[], req: EvaluationRequest): ScoredDimension {
  const w = weightsFor(answerMode(req.question.text, req.question.category), dims.some((d) => d.key === 'tradeoffs'));
  return [...dims].sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || (w[b.key] ?? 0) - (w[a.key] ?? 0))[0]!;
}

function strengthLine(d: ScoredDimension, persona: Persona, i: number): string {
  const label = DIMENSION_LABELS[d.key];
  const q = d.evidence[0] ? `“${d.evidence[0]}”` : '';
  const anchor = ANCHORS[d.key][Math.floor(d.score ?? 1) as 1 | 2 | 3 | 4 | 5];
  if (persona === 'discovery') return `${label}: when you said ${q}, the listener could follow you — ${anchor.toLowerCase()}`;
  if (persona === 'ruthless') return `${label} (${d.score}/5): ${q} — ${anchor}`;
  // A 3 is only the best of a weak answer: calling it a strength would inflate it (and only one part can be "best").
  const verdict = (d.score ?? 0) >= 4 ? 'is a strength' : i === 0 ? 'holds up best' : 'also holds up';
  return `${label} ${verdict} (${d.score}/5): ${q} — ${anchor}`;
}

function improvementLine(d: ScoredDimension, persona: Persona): string {
  const label = DIMENSION_LABELS[d.key];
  const score = d.score === null ? 'not enough to judge' : `${d.score}/5`;
  const advice = adviceFor(d.key, d.note);
  // A quote that ends its own sentence needs no second full stop after it.
  const said = d.evidence[0] ? ` You said “${d.evidence[0]}”${/[.!?]$/.test(d.evidence[0]) ? '' : '.'}` : '';
  if (persona === 'ruthless') return `${label} (${score}):${said} ${advice}`;
  if (persona === 'discovery') return `${label} (${score}):${said} What would change if you tried this — ${lowerFirst(advice)}`;
  return `${label} (${score}):${said} Next time, ${lowerFirst(advice)}`;
}

/** What the summary says about each cap that held the score, in this order. */
const CAP_NOTES: ReadonlyArray<readonly [cap: string, note: string]> = [
  ['off_topic', 'It does not answer the question that was asked, which caps the score.'],
  ['ramble', 'It is long and general: length without specifics does not raise the score.'],
  ['no_ownership', 'Your own part in the story is not visible.'],
  ['no_substance', 'There is almost nothing concrete in it to judge.'],
  ['buzzwords', 'Slogans and buzzwords name good practice without showing any: they do not raise the score.'],
  ['no_story', 'It describes you rather than telling a time it happened, and the question asks for a time.'],
  ['generalities', 'Most of it talks about the work in general ("you have to…", "it\'s about…"); an interviewer scores what you did in this case.'],
  ['late_action', 'Most of it is background; what you did arrives only at the end, too briefly to judge.'],
];

/** Why the answer is too thin to score higher: only the strongest of these reasons is said. */
const THIN_NOTES: ReadonlyArray<readonly [cap: string, note: string]> = [
  ['few_words', 'A few words are not enough to show how you work, so the score stays low.'],
  ['keyword_list', 'A list of labels, keywords and figures is not an answer an interviewer can score.'],
  ['thin', 'The answer is too short to show a full example.'],
];

function capNotes(caps: string[], injection: boolean): string {
  // "mostly off topic" reads the same to the user as "off topic".
  const held = new Set(caps.map((c) => (c === 'mostly_off_topic' ? 'off_topic' : c)));
  const thin = THIN_NOTES.find(([cap]) => held.has(cap));
  const notes = [...(thin ? [thin[1]] : []), ...CAP_NOTES.filter(([cap]) => held.has(cap)).map(([, note]) => note)];
  if (injection) notes.push('Text addressed to the scorer was ignored.');
  return notes.join(' ');
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Compose all user-facing text for a scoring. */
export function writeFeedback(s: Scoring, req: EvaluationRequest): FeedbackText {
  const persona = req.persona;
  const frame = SUMMARY_FRAMES[persona];
  const tier = s.overall < TIER_CUTS.weakBelow ? 'weak' : s.overall >= TIER_CUTS.strongFrom ? 'strong' : 'mid';
  // A score capped because there was too little to judge is never praised.
  const ranked = [...s.dimensions].filter((d) => d.score !== null && d.note !== 'too_short').sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const good = ranked.filter((d) => (d.score ?? 0) >= 4 && d.evidence.length > 0);
  const strengths = (good.length > 0 ? good : ranked.filter((d) => (d.score ?? 0) >= 3 && d.evidence.length > 0))
    .slice(0, EMPHASIS[persona].strengths)
    .map((d, i) => strengthLine(d, persona, i));
  const weak = [...s.dimensions].filter((d) => d.score === null || d.score <= 3).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const improvements = weak.slice(0, EMPHASIS[persona].improvements).map((d) => improvementLine(d, persona));
  const target = weakest(s.dimensions, req);
  const followUp = FOLLOW_UPS[persona][target.key].replace('{question}', req.question.text);
  const topStrength = good[0] ? DIMENSION_LABELS[good[0].key].toLowerCase() : null;
  const parts = [frame.band[tier]];
  if (topStrength && tier !== 'weak') parts.push(frame.strength.replace('{x}', topStrength));
  // Only the first letter: advice of several sentences keeps its capitals.
  if (weak[0]) parts.push(frame.fix.replace('{x}', lowerFirst(adviceFor(weak[0].key, weak[0].note).replace(/\.$/, ''))));
  const notes = capNotes(s.caps, s.signals.injection.length > 0);
  if (notes) parts.push(notes);
  const advice: Partial<Record<DimensionKey, string>> = {};
  for (const d of s.dimensions) advice[d.key] = d.score === null ? `Not enough in the answer to judge. ${ADVICE[d.key].default}` : adviceFor(d.key, d.note);
  return { summary: parts.join(' '), strengths, improvements, followUp, advice };
}
