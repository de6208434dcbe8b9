/**
 * Which of the user's material an example answer is built from: every resume
 * line and every story handed to the coach, scored by how much of the
 * question's topic it is about.
 *
 * Session 10: "Tell me about a time you designed training for adults" got a
 * failed flipped-learning pilot over "Training staff on retrieval practice".
 * The pilot scored on "time" (boilerplate: "next time"), on "designed" twice
 * (once as a word, once through the thesaurus) and on a "communication" word
 * ("wrote"). So now each of the question's own content words counts once
 * (the user's word 1, a thesaurus synonym less), interview boilerplate not at
 * all, the competency's name at half a word, and the competency's vocabulary
 * ("retries" for reliability) at most half a word in all. A story whose
 * heading or opening names the topic is about it, not merely touching it, and
 * counts more. Nothing here is tuned to one trade: the tests use a teacher's,
 * a nurse's, a warehouse supervisor's and a chef's stories.
 */
import type { Profile, Role } from '../../../shared/domain.js';
import { stem } from '../../text/stem.js';
import { findMatches, matchGroups, phraseWords, relatedGroups, TERM_WEIGHT } from '../../text/thesaurus-match.js';
import type { ExampleRequest, GroundingSnippet } from '../coach.js';
import { storyBody } from '../story-text.js';
import { competencyMatcher } from './competencies.js';
import { splitSentences, STOPWORDS } from './text.js';

export interface Material {
  text: string;
  role: Role | null;
  ref: string;
  /** How much of the topic it is about (its words, then the competency's); 0 when it shares none of it. */
  score: number;
  /** A remembered story or note (a resume line otherwise). */
  fromNotes: boolean;
}

/** Interview wording that says nothing about what a question is about ("tell me about a time you…"). */
const BOILERPLATE = new Set(
  ('tell time describe example give walk talk share situation experience occasion instance moment story ever recent recently ' +
    'specific particular something someone anything thing things work worked working job general')
    .split(' ')
    .map(stem),
);

/**
 * Verbs of change every achievement story uses: in "a time you improved safety" the topic is
 * safety; a story that only "improved pick accuracy" is not about it (session 10's trades test).
 * They count at half weight ("reduced errors" still finds "cut mis-picks" when nothing else matches).
 */
const GENERIC = new Set(
  'improve better increase reduce decrease cut handle manage deal make achieve change new'.split(' ').map(stem),
);
const GENERIC_WEIGHT = 0.5;

/** The competency ("mentoring") names the topic in general; the question's words name it here. */
const COMPETENCY_WORD = 0.5;
/** A topic named in a story's heading or first sentence is what the story is about. */
const IN_HEADING = 2;
const IN_OPENING = 1.5;
/**
 * Competency vocabulary ("retries" for reliability, "wrote" for communication) shows a story
 * is of the right kind when the question's own words are missing, but at most half of one of them.
 */
const LEAN_PER_HIT = 0.25;
const LEAN_MAX = 0.5;

interface Concept {
  stem: string;
  /** The thesaurus groups the word belongs to in the question (a phrase such as "user experience" counts). */
  groups: ReadonlySet<number>;
  /** Groups of ideas a story about it usually mentions (thesaurus-related.ts). */
  related: ReadonlySet<number>;
  weight: number;
}

/** What a question (or a job description) is about, as the concepts a matching text would name. */
export interface Topic {
  concepts: readonly Concept[];
  comp: RegExp | null;
}

interface View {
  stems: ReadonlySet<string>;
  groups: ReadonlySet<number>;
}

function view(text: string): View {
  const ws = phraseWords(text);
  return { stems: new Set(ws.map(stem)), groups: new Set(findMatches(ws).map((m) => m.group)) };
}

/** The content words of a text, each once, with the thesaurus groups they take part in there or alone. */
function conceptsOf(text: string, weight: number): Concept[] {
  const ws = phraseWords(text);
  const spans = findMatches(ws);
  const out = new Map<string, Concept>();
  ws.forEach((w, i) => {
    const s = stem(w);
    if (STOPWORDS.has(w) || w.length < 2 || /^\d/.test(w) || BOILERPLATE.has(s) || out.has(s)) return;
    // A word inside a thesaurus phrase ("reduced errors") still means what it means alone ("reduced": cut).
    const groups = new Set([...spans.filter((m) => m.from <= i && i < m.to).map((m) => m.group), ...matchGroups([w])]);
    const related = new Set([...groups].flatMap((g) => relatedGroups(g)));
    out.set(s, { stem: s, groups, related, weight: GENERIC.has(s) ? weight * GENERIC_WEIGHT : weight });
  });
  return [...out.values()];
}

/** The topic of a text, plus the name of a competency at a lower weight. */
export function topicOf(text: string, competency = ''): Topic {
  const own = conceptsOf(text, 1);
  const named = conceptsOf(competency.replace(/_/g, ' '), COMPETENCY_WORD).filter((c) => !own.some((o) => o.stem === c.stem));
  return { concepts: [...own, ...named], comp: competency ? competencyMatcher(competency) : null };
}

/** The requirement a gap question quotes ("The job asks for “…”"), or null. */
export function quotedRequirement(question: ExampleRequest['question']): string | null {
  return question.category === 'gap' ? (/[“"]([^”"]{3,200})[”"]/.exec(question.text)?.[1] ?? null) : null;
}

/** A question's topic: a gap question is about its quoted requirement; its own wording ("isn't on your resume") is boilerplate. */
export function questionTopic(question: ExampleRequest['question']): Topic {
  return topicOf(quotedRequirement(question) ?? question.text, question.competency);
}

function conceptWeight(c: Concept, v: View): number {
  if (v.stems.has(c.stem)) return 1;
  for (const g of c.groups) if (v.groups.has(g)) return TERM_WEIGHT.synonym;
  for (const g of c.related) if (v.groups.has(g)) return TERM_WEIGHT.related;
  return 0;
}

/** A text's whole, its heading line ("Training staff on retrieval practice:") and its first sentence. */
function parts(text: string): { body: View; heading: View; opening: View } {
  const lines = storyBody(text).split('\n').map((l) => l.trim()).filter(Boolean);
  const heading = lines.length > 1 && /:$/.test(lines[0]!) ? lines[0]! : '';
  const opening = splitSentences((heading ? lines.slice(1) : lines).join(' '))[0] ?? '';
  return { body: view(text), heading: view(heading), opening: view(opening) };
}

/** How much of the topic a text is about: each concept once, more when its heading or opening names it. */
export function topicScore(topic: Topic, text: string): number {
  const { body, heading, opening } = parts(text);
  let n = 0;
  for (const c of topic.concepts) {
    const w = conceptWeight(c, body);
    if (w === 0) continue;
    const lift = conceptWeight(c, heading) > 0 ? IN_HEADING : conceptWeight(c, opening) > 0 ? IN_OPENING : 1;
    n += c.weight * w * lift;
  }
  return n;
}

function leanOf(topic: Topic, text: string): number {
  return topic.comp ? Math.min(LEAN_MAX, (text.match(topic.comp) ?? []).length * LEAN_PER_HIT) : 0;
}

/** How a resume bullet is remembered as a story: "Led… (as Title at Employer, dates)." (work-history resume-chunks.ts). */
const ROLE_NOTED = /^([^\n]+?) \(as ([^()\n]{2,80}?) at ([^()\n]{2,80}?)(?:, ([^,()\n]{0,40}))?\)\.?$/;

function snippetMaterial(topic: Topic, s: GroundingSnippet): Material {
  // A remembered resume bullet ("Led… (as Title at Employer, dates)") is a resume line with its role.
  const bullet = ROLE_NOTED.exec(s.text);
  const role = bullet ? { title: bullet[2]!, employer: bullet[3]!, dates: bullet[4] ?? '', lines: [] } : null;
  const text = bullet ? `${bullet[1]!}.` : s.text;
  return { text, role, ref: `snippet:${s.id}`, score: topicScore(topic, text) + leanOf(topic, text), fromNotes: true };
}

/** Every resume line and story, best match first; at a tie a story before a resume line, then in the order given. */
export function gather(profile: Profile, snippets: GroundingSnippet[], topic: Topic): Material[] {
  const out: Material[] = [];
  for (const role of profile.resume.roles) {
    for (const line of role.lines) out.push({ text: line, role, ref: `resume: ${line}`, score: topicScore(topic, line) + leanOf(topic, line), fromNotes: false });
  }
  for (const s of snippets) out.push(snippetMaterial(topic, s));
  return out.sort((a, b) => b.score - a.score || Number(b.fromNotes) - Number(a.fromNotes));
}
