/**
 * Turns a scoring into the words the user reads: summary, strengths and
 * improvements that quote this answer, per-dimension advice, and a follow-up
 * question aimed at the weakest dimension — all framed by the persona.
 */
import type { DimensionKey, Persona, Profile } from '../../../../shared/domain.js';
import type { EvaluationRequest } from '../../coach.js';
import { competencyMatcher } from '../competencies.js';
import { hasTerm } from '../lexicon.js';
import type { Scoring, ScoredDimension } from '../evaluate.js';
import { type AdviceFit, adviceFor, DIMENSION_LABELS, nextStep, shapeOf, SUMMARY_FRAMES } from './advice.js';
import { followUpFor } from './follow-ups.js';
import { ANCHORS, TIER_CUTS, answerMode } from './rubric.js';
import type { Signals } from './signals.js';

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

/** The answer shows the role: a skill the job description names, or the question's competency where the JD asks for it. */
function tiesToRole(sig: Signals, req: EvaluationRequest, profile: Profile): boolean {
  const skills = profile.job.requirements.flatMap((r) => r.skills);
  if (skills.some((t) => hasTerm(sig.text, t))) return true;
  const shared = competencyMatcher(req.question.competency);
  if (!shared) return false;
  // A fresh copy: the shared matcher is global, and test() on it would carry lastIndex over.
  const comp = new RegExp(shared.source, 'i');
  const jd = [...profile.job.requirements.map((r) => r.text), ...profile.job.responsibilities].join('\n');
  return comp.test(jd) && comp.test(sig.text);
}

/** A one- or two-word quote is no proof of anything; a specific is no proof of vagueness. */
function complaintQuote(d: ScoredDimension, sig: Signals): string | undefined {
  if (d.key !== 'specificity') return d.evidence[0];
  const vague = [...sig.vague, ...sig.buzzwords].map((v) => v.toLowerCase());
  return d.evidence.find((e) => vague.some((v) => e.toLowerCase().includes(v))) ?? sig.generalities[0];
}

function strengthLine(d: ScoredDimension, persona: Persona, i: number): string {
  const label = DIMENSION_LABELS[d.key];
  const q = d.evidence[0] ? `“${d.evidence[0]}”` : '';
  const anchor = ANCHORS[d.key][Math.floor(d.score ?? 1) as 1 | 2 | 3 | 4 | 5];
  if (persona === 'discovery') return `${label} comes through when you say ${q}: ${lowerFirst(anchor)}`;
  if (persona === 'ruthless') return `${label} (${d.score}/5): ${q} — ${anchor}`;
  // A 3 is only the best of a weak answer: calling it a strength would inflate it (and only one part can be "best").
  const verdict = (d.score ?? 0) >= 4 ? 'is a strength' : i === 0 ? 'holds up best' : 'also holds up';
  return `${label} ${verdict} (${d.score}/5): ${q} — ${anchor}`;
}

function improvementLine(d: ScoredDimension, persona: Persona, advice: string, sig: Signals): string {
  const label = DIMENSION_LABELS[d.key];
  const score = d.score === null ? 'not enough to judge' : `${d.score}/5`;
  const q = d.score === null ? undefined : complaintQuote(d, sig);
  // A quote that ends its own sentence needs no second full stop after it.
  const said = q ? ` You said “${q}”${/[.!?]$/.test(q) ? '' : '.'}` : '';
  if (persona === 'ruthless') return `${label} (${score}):${said} ${advice}`;
  if (persona === 'discovery') return `${label} (${score}):${said} ${advice} What would change if you tried that?`;
  // "Next time, …" reads only before an instruction, not before "The question asks…" or "At 57 words…".
  return NOT_AN_INSTRUCTION.test(advice) ? `${label} (${score}):${said} ${advice}` : `${label} (${score}):${said} Next time, ${lowerFirst(advice)}`;
}

const NOT_AN_INSTRUCTION = /^(?:The (?:question|scenario)|This plan|Phrases|Frameworks|It answers|At \d+ words|You open|Answers|A complete|Concrete|Clear|Strong|Good|On point|Tight|Options)\b/;

/** What the summary says about each cap that held the score, in this order. */
const CAP_NOTES: ReadonlyArray<readonly [cap: string, note: string]> = [
  ['unfilled_template', 'The [placeholders] are still empty: fill them with what really happened before you practise this answer.'],
  ['onlooker', 'You only watched or attended what you describe: tell a time you did something yourself.'],
  ['off_topic', 'It does not answer the question that was asked, which caps the score.'],
  ['ramble', 'It is long and general: length without specifics does not raise the score.'],
  ['no_ownership', 'Your own part in the story is not visible.'],
  ['no_substance', 'There is almost nothing concrete in it to judge.'],
  ['buzzwords', 'Slogans and buzzwords name good practice without showing any: they do not raise the score.'],
  ['claim_list', 'A list of claims is not a story an interviewer can check: pick one of them and tell what you did, step by step.'],
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

/** Advice set inside a summary frame that already ends in a colon: its own first colon becomes a dash. */
const inFrame = (advice: string): string => lowerFirst(advice.includes(' — ') ? advice : advice.replace(': ', ' — ')).replace(/\.$/, '');

/**
 * An example answer pasted back with its [placeholders] empty: the first fix names the first gap
 * verbatim, so "What to fix" is never empty for an answer that is still a template.
 */
function fillInLine(placeholders: readonly string[]): string | undefined {
  const [first, second, ...rest] = placeholders;
  if (!first) return undefined;
  const others = !second ? '' : rest.length === 0 ? `, and ${second} the same way` : `, and the ${rest.length + 1} other gaps the same way`;
  return `Fill in ${first} with what really happened${others}: the brackets are where your own facts go.`;
}

const tierOf = (overall: number): 'weak' | 'mid' | 'strong' => (overall < TIER_CUTS.weakBelow ? 'weak' : overall >= TIER_CUTS.strongFrom ? 'strong' : 'mid');

/** Dimensions worth praising, best first: 4+ with a quote, else the 3s with one. A score capped for too few words never is. */
function strongest(dims: ScoredDimension[]): { good: ScoredDimension[]; shown: ScoredDimension[] } {
  const ranked = dims.filter((d) => d.score !== null && d.note !== 'too_short').sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const good = ranked.filter((d) => (d.score ?? 0) >= 4 && d.evidence.length > 0);
  return { good, shown: good.length > 0 ? good : ranked.filter((d) => (d.score ?? 0) >= 3 && d.evidence.length > 0) };
}

/** The summary: band, top strength, the first fix, then why caps held the score. */
function summaryOf(s: Scoring, persona: Persona, top: ScoredDimension | undefined, fix: string | undefined): string {
  const frame = SUMMARY_FRAMES[persona];
  const tier = tierOf(s.overall);
  const parts = [frame.band[tier]];
  // Dimension names keep their capitals in a sentence ("Structure (STAR+I)").
  if (top && tier !== 'weak') parts.push(frame.strength.replace('{x}', DIMENSION_LABELS[top.key]));
  if (fix) parts.push(frame.fix.replace('{x}', inFrame(fix)));
  const notes = capNotes(s.caps, s.signals.injection.length > 0);
  if (notes) parts.push(notes);
  else if (briefTelling(s)) parts.push(`The parts score well, but at ${s.signals.wordCount} words the story is told in outline, and interviewers rate a fuller telling higher: give what you did and what came of it a sentence or two more each (150–300 words in all).`);
  return parts.join(' ');
}

/** Below this many words the learned reader rates a telling lower than its parts suggest (its length bands). */
const BRIEF_WORDS = 110;
/** How far the overall must sit below the rows' average before the summary says why. */
const ROWS_GAP = 0.8;

/**
 * Rows of 5s over an overall of 3.4 read as a contradiction unless the summary says what holds the
 * overall down; for a short answer that is its brevity (the reader's length bands, reader.ts).
 */
function briefTelling(s: Scoring): boolean {
  const rows = s.dimensions.map((d) => d.score).filter((x): x is number => x !== null);
  if (rows.length === 0 || s.signals.wordCount >= BRIEF_WORDS) return false;
  return rows.reduce((a, b) => a + b, 0) / rows.length - s.overall >= ROWS_GAP;
}

/**
 * "What to fix" for an answer below the strong band whose parts all scored 4 or 5: never empty
 * ("No changes suggested" under a 3.6 read as a contradiction of the summary's own fix). A short
 * telling is told to tell it fuller (what holds the overall down); otherwise the lowest part's
 * advice says what would make it a 5.
 */
function unfinishedFix(s: Scoring, persona: Persona, lineFor: (d: ScoredDimension) => string): string[] {
  if (tierOf(s.overall) === 'strong') return [];
  if (briefTelling(s)) {
    const line = `Tell it in full: at ${s.signals.wordCount} words the story is an outline. Give what you did and what came of it a sentence or two more each (150–300 words in all).`;
    return [persona === 'discovery' ? `${line} What would an interviewer still want to ask?` : line];
  }
  const lowest = [...s.dimensions].filter((d) => d.score !== null && d.score < 5).sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
  return lowest ? [lineFor(lowest)] : [];
}

/** Compose all user-facing text for a scoring. */
export function writeFeedback(s: Scoring, req: EvaluationRequest): FeedbackText {
  const persona = req.persona;
  const shape = shapeOf(answerMode(req.question.text, req.question.category), req.question.category);
  const base = { shape, wordCount: s.signals.wordCount, text: s.signals.text, roleTied: tiesToRole(s.signals, req, req.profile) };
  const fitOf = (d: ScoredDimension): AdviceFit => ({ ...base, score: d.score });
  // What to do next; a dimension with nothing to judge gets the shaped default, without the table's preamble.
  const adviceOf = (d: ScoredDimension): string => (d.score === null ? nextStep(d.key, fitOf(d)) : adviceFor(d.key, d.note, fitOf(d)));
  const { good, shown } = strongest(s.dimensions);
  const strengths = shown.slice(0, EMPHASIS[persona].strengths).map((d, i) => strengthLine(d, persona, i));
  const weak = [...s.dimensions].filter((d) => d.score === null || d.score <= 3).sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  // Any [placeholder] left gets the first fix, even where another cap already held the score lower.
  const fillIn = fillInLine(s.signals.placeholders);
  const lines = weak.slice(0, EMPHASIS[persona].improvements).map((d) => improvementLine(d, persona, adviceOf(d), s.signals));
  const improvements = fillIn ? [fillIn, ...lines] : lines.length > 0 ? lines : unfinishedFix(s, persona, (d) => improvementLine(d, persona, adviceOf(d), s.signals));
  const summary = summaryOf(s, persona, good[0], weak[0] && adviceOf(weak[0]));
  const advice: Partial<Record<DimensionKey, string>> = {};
  for (const d of s.dimensions) advice[d.key] = d.score === null ? `Not enough in the answer to judge. ${adviceOf(d)}` : adviceOf(d);
  return { summary, strengths, improvements, followUp: followUpFor(s.dimensions, req, shape), advice };
}
