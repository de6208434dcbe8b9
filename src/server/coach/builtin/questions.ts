/**
 * generateQuestions: builds the candidate pool (tailored questions from the
 * profile and notes, plus the curated bank), then fills a category mix that
 * depends on the question type, preferring the requested difficulty and the
 * user's hint, and never repeating or near-repeating a question already in
 * the session. Questions of the owner's recent sessions (`recent`) sink in the
 * ranking, and ones answered well wait until nothing else is left, so a new
 * session asks what the last ones did not. Deterministic: variety comes from a
 * seed of the inputs.
 * The bank's software questions are offered only in a software role; any
 * other role's technical slots get questions about its own craft.
 */
import type { GeneratedQuestion, QuestionCategory } from '../../../shared/domain.js';
import type { QuestionRequest, RecentOutcome, RecentQuestion } from '../coach.js';
import { type Audience, BANK } from './bank/index.js';
import { hasTerm } from './lexicon.js';
import { craftCandidates } from './questions/craft.js';
import { focusCandidates, focusSkills } from './questions/focus.js';
import { type Candidate, personalCandidates } from './questions/personal.js';
import { isSoftwareRole } from './questions/software-role.js';
import { containment, contentStems, hashString, jaccard, seededRandom } from './text.js';

/** Category cycles per question type; a new batch continues where the session left off. */
const MIX: Record<QuestionRequest['questionType'], QuestionCategory[]> = {
  behavioral: ['resume_deep_dive', 'behavioral', 'gap', 'behavioral', 'situational', 'role_fit', 'behavioral', 'resume_deep_dive', 'situational', 'behavioral'],
  technical: ['technical', 'resume_deep_dive', 'technical', 'gap', 'technical', 'situational', 'technical', 'resume_deep_dive', 'technical', 'gap'],
  mixed: ['resume_deep_dive', 'behavioral', 'technical', 'gap', 'situational', 'role_fit', 'technical', 'behavioral', 'resume_deep_dive', 'situational'],
};
const NEAR_DUPLICATE = { jaccard: 0.5, containment: 0.8 };
/** Words every question shares; ignored when comparing questions for near-duplicates. */
export { focusNote } from './questions/focus.js';

const QUESTION_NOISE = new Set('tell time describe walk through give example would what your role'.split(' '));

/**
 * Fingerprints by text: the bank's questions, a profile's tailored ones and the recent
 * history recur on every call, and stemming them again was most of generation's time.
 * Bounded (cleared when full); the sets are never mutated.
 */
const FINGERPRINTS = new Map<string, Set<string>>();
const MAX_FINGERPRINTS = 5000;

function fingerprint(text: string): Set<string> {
  let fp = FINGERPRINTS.get(text);
  if (!fp) {
    if (FINGERPRINTS.size >= MAX_FINGERPRINTS) FINGERPRINTS.clear();
    FINGERPRINTS.set(text, (fp = contentStems(text, QUESTION_NOISE)));
  }
  return fp;
}

function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  return jaccard(a, b) >= NEAR_DUPLICATE.jaccard || (Math.min(a.size, b.size) >= 4 && containment(a, b) >= NEAR_DUPLICATE.containment);
}

function isNearDuplicate(a: Set<string>, others: Set<string>[]): boolean {
  return others.some((b) => nearDuplicate(a, b));
}

function bankCandidates(req: QuestionRequest, software: boolean): Candidate[] {
  const jdSkills = new Set(req.profile.job.requirements.flatMap((r) => r.skills));
  const jdText = [...req.profile.job.responsibilities, ...req.profile.job.requirements.map((r) => r.text)].join(' ');
  const skip: Audience = software ? 'other' : 'software';
  return BANK.filter((b) => b.audience !== skip).map((b) => {
    const tagFit = b.tags.filter((t) => jdSkills.has(t) || (jdText && hasTerm(jdText, t))).length;
    return {
      q: { text: b.text, category: b.category, competency: b.competency, rationale: b.rationale, source: { kind: 'bank', text: b.competency } },
      tags: b.tags,
      level: b.level,
      weight: 1 + Math.min(2, tagFit) * 0.6,
    };
  });
}

function levelFit(c: Candidate, want: QuestionRequest['difficulty']): number {
  if (c.level === 'any' || c.level === want) return 1;
  const order = ['easy', 'medium', 'hard'];
  return Math.abs(order.indexOf(c.level) - order.indexOf(want)) === 1 ? 0.2 : -1;
}

function hintFit(c: Candidate, hint: Set<string>): number {
  if (hint.size === 0) return 0;
  const hay = contentStems(`${c.q.text} ${c.q.competency.replace(/_/g, ' ')} ${c.q.category.replace(/_/g, ' ')} ${c.q.source.text} ${(c.tags ?? []).join(' ')}`);
  let n = 0;
  for (const h of hint) if (hay.has(h)) n++;
  return n;
}

/** One tailored question per source line and category (not the same resume line at three levels). */
function sourceKey(q: Pick<GeneratedQuestion, 'category' | 'source'>): string {
  return `${q.category}|${q.source.text}`;
}

/** The source key of a question written from a resume, JD or note line; none for bank and the user's own questions. */
function tailoredKey(q: Partial<Pick<GeneratedQuestion, 'category' | 'source'>>): string | undefined {
  if (!q.category || !q.source || q.source.kind === 'bank' || q.source.kind === 'custom' || !q.source.text) return undefined;
  return sourceKey({ category: q.category, source: q.source });
}

/**
 * How far a question of the owner's recent sessions sinks in the ranking per session
 * that asked it, by how its latest answer went: never answered sinks most; answered
 * badly only a little (below the ranking's random spread), so it still comes back.
 * One answered well is held back entirely while fresh questions remain (`Ranked.held`).
 */
const RECENT_PENALTY: Record<Exclude<RecentOutcome, 'well'>, number> = { asked: 1.5, weak: 0.4 };
/** A question asked in more recent sessions sinks further, up to this many times its penalty. */
const MAX_TIMES = 4;
/** Recent questions are matched strongest outcome first, so a repeat of one answered well is always held back. */
const OUTCOME_ORDER: RecentOutcome[] = ['well', 'asked', 'weak'];

interface Ranked {
  c: Candidate;
  fp: Set<string>;
  hint: number;
  score: number;
  /** Repeats or near-repeats a recent question answered well. */
  held: boolean;
}

interface Past {
  fp: Set<string>;
  key: string | undefined;
  outcome: RecentOutcome;
  times: number;
}

function pastOf(recent: RecentQuestion[]): Past[] {
  return recent
    .map((r) => ({ fp: fingerprint(r.text), key: tailoredKey(r), outcome: r.outcome, times: r.times }))
    .sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
}

/** `nearDuplicate` from the size of the overlap alone (the index below counts it). */
function nearByOverlap(inter: number, a: number, b: number): boolean {
  return inter / (a + b - inter) >= NEAR_DUPLICATE.jaccard || (Math.min(a, b) >= 4 && inter / Math.min(a, b) >= NEAR_DUPLICATE.containment);
}

/**
 * Finds the recent question a candidate repeats: the same tailored source line, or a
 * near-repeat of its words. Comparing every candidate with every recent question added
 * about 6 ms a call for 150 of them (the bench allows 20 for all of generation), so the
 * overlap is counted through a word index instead: under 1 ms.
 */
function pastMatcher(recent: RecentQuestion[]): (c: Candidate, fp: Set<string>) => Past | undefined {
  const past = pastOf(recent);
  const byWord = new Map<string, number[]>();
  const byKey = new Map<string, number>();
  past.forEach((p, i) => {
    for (const w of p.fp) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
    if (p.key !== undefined && !byKey.has(p.key)) byKey.set(p.key, i);
  });
  const overlap = new Int32Array(past.length);
  const touched: number[] = [];
  return (c, fp) => {
    const key = tailoredKey(c.q);
    let best = key === undefined ? Infinity : (byKey.get(key) ?? Infinity);
    for (const w of fp) {
      for (const i of byWord.get(w) ?? []) if (overlap[i]!++ === 0) touched.push(i);
    }
    for (const i of touched) {
      if (i < best && nearByOverlap(overlap[i]!, fp.size, past[i]!.fp.size)) best = i;
      overlap[i] = 0;
    }
    touched.length = 0;
    return past[best];
  };
}

/** Candidates with their fingerprint, hint fit and score, best first; recent repeats sink or are held. */
function rank(candidates: Candidate[], req: QuestionRequest, hint: Set<string>, rand: () => number): Ranked[] {
  const pastMatch = pastMatcher(req.recent ?? []);
  return candidates
    .map((c) => {
      const fp = fingerprint(c.q.text);
      const match = pastMatch(c, fp);
      const penalty = match && match.outcome !== 'well' ? RECENT_PENALTY[match.outcome] * Math.min(match.times, MAX_TIMES) : 0;
      return { c, fp, hint: hintFit(c, hint), score: c.weight + levelFit(c, req.difficulty) + rand() * 0.6 - penalty, held: match?.outcome === 'well' };
    })
    .sort((a, b) => b.score - a.score);
}

interface Picking {
  out: GeneratedQuestion[];
  taken: Set<string>[];
  usedSources: Set<string>;
}

function usable(x: Ranked, st: Picking): boolean {
  if (x.c.q.source.kind !== 'bank' && st.usedSources.has(sourceKey(x.c.q))) return false;
  return !isNearDuplicate(x.fp, st.taken);
}

function take(x: Ranked, st: Picking): void {
  st.out.push(x.c.q);
  st.taken.push(x.fp);
  if (x.c.q.source.kind !== 'bank') st.usedSources.add(sourceKey(x.c.q));
}

/** Fill the category mix from `pool`: hinted questions first, then the cycle's category, then anything. */
function fillMix(pool: Ranked[], st: Picking, req: QuestionRequest, count: number, hintSlots: number): void {
  const cycle = MIX[req.questionType];
  const ok = (x: Ranked): boolean => usable(x, st);
  const hinted = pool.filter((x) => x.hint > 0).sort((a, b) => b.hint - a.hint || b.score - a.score);
  for (let slot = 0; st.out.length < count && slot < count * 4; slot++) {
    const want = cycle[(req.existing.length + slot) % cycle.length]!;
    const pick =
      (st.out.length < hintSlots ? hinted.find(ok) : undefined) ??
      pool.find((x) => x.c.q.category === want && ok(x)) ??
      (slot >= count ? pool.find(ok) : undefined);
    if (pick) take(pick, st);
  }
}

/** Generate `count` new questions for the session. */
export function generateQuestions(req: QuestionRequest): GeneratedQuestion[] {
  const count = Math.max(0, Math.min(50, Math.floor(req.count)));
  // Recent history joins the seed, so a new session also varies the order among fresh questions.
  const history = req.recent?.length ? `|${req.recent.length}` : '';
  const seed = hashString(`${req.questionType}|${req.difficulty}|${req.hint ?? ''}|${req.existing.length}|${req.profile.candidateName ?? ''}|${req.profile.job.title ?? ''}${history}`);
  const rand = seededRandom(seed);
  // A skill typed as an alias ("k8s") also matches questions naming it ("Kubernetes").
  const hint = contentStems(`${req.hint ?? ''} ${focusSkills(req.hint ?? '').join(' ')}`);
  const software = isSoftwareRole(req.profile);
  const tailored = [...personalCandidates(req.profile, req.snippets, software), ...focusCandidates(req.profile, req.hint), ...(software ? [] : craftCandidates(req.profile))];
  const ranked = rank([...tailored, ...bankCandidates(req, software)], req, hint, rand);
  const st: Picking = { out: [], taken: req.existing.map(fingerprint), usedSources: new Set() };
  fillMix(ranked.filter((x) => !x.held), st, req, count, hint.size > 0 ? Math.ceil(count * 0.6) : 0);
  // Questions answered well come back only when nothing else is left to ask.
  for (const x of ranked) {
    if (st.out.length >= count) break;
    if (x.held && usable(x, st)) take(x, st);
  }
  return st.out;
}
