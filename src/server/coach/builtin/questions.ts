/**
 * generateQuestions: builds the candidate pool (tailored questions from the
 * profile and notes, plus the curated bank), then fills a category mix that
 * depends on the question type, preferring the requested difficulty and the
 * user's hint, and never repeating or near-repeating a question already in
 * the session. Deterministic: variety comes from a seed of the inputs.
 * The bank's software questions are offered only in a software role; any
 * other role's technical slots get questions about its own craft.
 */
import type { GeneratedQuestion, QuestionCategory } from '../../../shared/domain.js';
import type { QuestionRequest } from '../coach.js';
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

function fingerprint(text: string): Set<string> {
  return contentStems(text, QUESTION_NOISE);
}

function isNearDuplicate(a: Set<string>, others: Set<string>[]): boolean {
  return others.some((b) => jaccard(a, b) >= NEAR_DUPLICATE.jaccard || (Math.min(a.size, b.size) >= 4 && containment(a, b) >= NEAR_DUPLICATE.containment));
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
function sourceKey(q: GeneratedQuestion): string {
  return `${q.category}|${q.source.text}`;
}

/** Generate `count` new questions for the session. */
export function generateQuestions(req: QuestionRequest): GeneratedQuestion[] {
  const count = Math.max(0, Math.min(50, Math.floor(req.count)));
  const seed = hashString(`${req.questionType}|${req.difficulty}|${req.hint ?? ''}|${req.existing.length}|${req.profile.candidateName ?? ''}|${req.profile.job.title ?? ''}`);
  const rand = seededRandom(seed);
  // A skill typed as an alias ("k8s") also matches questions naming it ("Kubernetes").
  const hint = contentStems(`${req.hint ?? ''} ${focusSkills(req.hint ?? '').join(' ')}`);
  const software = isSoftwareRole(req.profile);
  const tailored = [...personalCandidates(req.profile, req.snippets, software), ...focusCandidates(req.profile, req.hint), ...(software ? [] : craftCandidates(req.profile))];
  const scored = [...tailored, ...bankCandidates(req, software)]
    .map((c) => ({ c, hint: hintFit(c, hint), score: c.weight + levelFit(c, req.difficulty) + rand() * 0.6 }))
    .sort((a, b) => b.score - a.score);
  const taken: Set<string>[] = req.existing.map(fingerprint);
  const usedSources = new Set<string>();
  const out: GeneratedQuestion[] = [];
  const cycle = MIX[req.questionType];
  const hintSlots = hint.size > 0 ? Math.ceil(count * 0.6) : 0;
  for (let slot = 0; out.length < count && slot < count * 4; slot++) {
    const want = cycle[(req.existing.length + slot) % cycle.length]!;
    const ok = (x: (typeof scored)[number]): boolean => {
      if (x.c.q.source.kind !== 'bank' && usedSources.has(sourceKey(x.c.q))) return false;
      return !isNearDuplicate(fingerprint(x.c.q.text), taken);
    };
    const pick =
      (out.length < hintSlots ? scored.filter((x) => x.hint > 0).sort((a, b) => b.hint - a.hint || b.score - a.score).find(ok) : undefined) ??
      scored.find((x) => x.c.q.category === want && ok(x)) ??
      (slot >= count ? scored.find(ok) : undefined);
    if (!pick) continue;
    out.push(pick.c.q);
    taken.push(fingerprint(pick.c.q.text));
    if (pick.c.q.source.kind !== 'bank') usedSources.add(sourceKey(pick.c.q));
  }
  return out;
}
