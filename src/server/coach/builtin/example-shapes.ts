/**
 * Example answers shaped like their question, not like a story (session 10: "why is
 * this role the right next step for you?" and "your first 90 days" both got the
 * STAR story of a failed pilot).
 *
 * - motivation: why this role (the job's title and one or two of its own
 *   responsibilities, quoted), what I bring (the one resume line or story that
 *   matches the job best, in the user's words) and what I want next (theirs to say).
 * - plan: first / then / by the end, each a placeholder or one of the job's own
 *   responsibilities, plus at most one line of the user's experience when a line or
 *   story really matches. No STAR labels.
 *
 * Facts come only from the resume, the job description and the stories; the rest is
 * a [placeholder].
 */
import type { Profile } from '../../../shared/domain.js';
import type { ExampleRequest } from '../coach.js';
import { gather, questionTopic, topicOf, topicScore, type Material } from './example-match.js';
import { firstPerson, storyGist } from './example-story.js';
import { clip } from './text.js';

export interface Shaped {
  text: string;
  used: string[];
}

/** A quoted responsibility is cut to this many characters (with "…"): a reminder of the job's words, not a copy of the ad. */
const DUTY_CHARS = 90;
/** "Really matches": two of the topic's words, or one named in a story's heading. */
const STRONG_MATCH = 2;
/** "your first 90 days", "first month", "a 30-60-90 day plan": the plan is the job's own responsibilities. */
const FIRST_DAYS = /\b(?:first|initial|opening) (?:\d+|thirty|sixty|ninety|few|couple of) (?:days|weeks|months)\b|\bfirst (?:week|month|quarter|year)s?\b|\b(?:30|60|90)[- ]day\b/i;

function quote(duty: string): string {
  return `“${clip(duty.trim().replace(/[.;]\s*$/, ''), DUTY_CHARS)}”`;
}

/** One of the user's lines in their words: "As Title at Employer, I built…" for a resume line, two of a story's own sentences otherwise. */
function inTheirWords(m: Material): string {
  if (!m.role) return storyGist(m.text);
  const where = [m.role.title && `As ${m.role.title}`, m.role.employer && `at ${m.role.employer}`].filter(Boolean).join(' ');
  const line = `${firstPerson(m.text.trim().replace(/[.;]\s*$/, ''))}.`;
  return where ? `${where}, ${line}` : line;
}

/** The job description as one topic: its title, responsibilities and requirements. */
function jobTopicText(profile: Profile): string {
  const { job } = profile;
  return [job.title ?? '', ...job.responsibilities, ...job.requirements.map((r) => r.text)].join('\n');
}

/** The best material for a topic, when it is about it at all. */
function bestFor(materials: Material[], min = Number.MIN_VALUE): Material | undefined {
  const best = materials[0];
  return best && best.score >= min ? best : undefined;
}

/** The job's responsibilities the user's line speaks to most, at most two, in the job's order at a tie. */
function dutiesFor(responsibilities: string[], told: string | undefined): string[] {
  if (!told) return responsibilities.slice(0, 2);
  const scored = responsibilities.map((d, i) => ({ d, i, s: topicScore(topicOf(d), told) }));
  return scored.sort((a, b) => b.s - a.s || a.i - b.i).slice(0, 2).map((x) => x.d);
}

/** "Why this role / why us / why now / the next step": what draws you, what you bring, what you want next. */
export function motivationAnswer(req: ExampleRequest): Shaped {
  const { job } = req.profile;
  const jd = jobTopicText(req.profile);
  // With a job description, what you bring is what matches the job best; without one, what matches the question.
  const topic = jd.trim() ? topicOf(jd) : questionTopic(req.question);
  const bring = bestFor(gather(req.profile, req.snippets, topic));
  const duties = dutiesFor(job.responsibilities, bring?.text);
  const role = `the ${job.title ?? '[role]'} role at ${job.company ?? '[company]'}`;
  const work = duties.length > 0 ? `the work itself: ${duties.map(quote).join(' and ')}` : '[one or two things the job description says you would do]';
  const lines = [
    `Why this role: What draws me to ${role} is ${work}; [why that work matters to you].`,
    `What I bring: ${bring ? `${inTheirWords(bring)} [what that taught you that this role needs].` : '[your one piece of work that fits this job best, with a number].'}`,
    'What I want next: [what you want to learn or do next here, and why now].',
  ];
  return { text: lines.join('\n'), used: [...(bring ? [bring.ref] : []), ...duties.map((d) => `job description: ${d}`)] };
}

/** The responsibility the user's own work matches best (their early win), with that work; ties keep the job's order. */
function strongestDuty(req: ExampleRequest): { duty: string; best: Material | undefined } | null {
  let top: { duty: string; best: Material | undefined } | null = null;
  for (const duty of req.profile.job.responsibilities) {
    const best = gather(req.profile, req.snippets, topicOf(duty))[0];
    if (!top || (best?.score ?? 0) > (top.best?.score ?? 0)) top = { duty, best };
  }
  return top;
}

/** "I did something like this …", only when a line or story really matches. */
function experienceLine(m: Material | undefined): string[] {
  return m && m.score >= STRONG_MATCH ? [`Experience: I did something like this before. ${inTheirWords(m)}`] : [];
}

/** The first weeks in the job: learn, take on the responsibility you are strongest at, then the job's first one. */
function firstDaysPlan(req: ExampleRequest): Shaped {
  const first = 'First: In my first weeks I would learn [the product, the people and how success is measured here] and ask [the people you would work with most] what they need from me.';
  const top = strongestDuty(req);
  if (!top) {
    const lines = [first, 'Then: I would take on [the part of the job you can deliver early], starting with [one small, visible piece of work].', 'By the end: I would want [a result you could show at the end of the period] and [what you would have learned about the team].'];
    return { text: lines.join('\n'), used: [] };
  }
  const later = req.profile.job.responsibilities.find((d) => d !== top.duty);
  const end = later ? `a plan for ${quote(later)}` : '[what you would plan next]';
  const experience = experienceLine(top.best);
  const lines = [first, `Then: I would start on ${quote(top.duty)}, with [one small, visible piece of work].`, `By the end: I would want [a result you could show at the end of the period] and ${end}.`, ...experience];
  return { text: lines.join('\n'), used: [...(experience.length > 0 ? [top.best!.ref] : []), ...[top.duty, later].filter((d): d is string => !!d).map((d) => `job description: ${d}`)] };
}

/** A situation ("what would you do if…"): understand it, act, check; the job's own words where one of its responsibilities is the topic. */
function situationPlan(req: ExampleRequest): Shaped {
  const topic = questionTopic(req.question);
  const duty = req.profile.job.responsibilities.map((d) => ({ d, s: topicScore(topic, d) })).sort((a, b) => b.s - a.s)[0];
  const inRole = duty && duty.s >= STRONG_MATCH ? ` In this role that is part of ${quote(duty.d)}.` : '';
  const best = bestFor(gather(req.profile, req.snippets, topic), STRONG_MATCH);
  const lines = [
    'First: I would [find out what is happening and who it affects] before acting.',
    `Then: I would [the step you would take, and why].${inRole}`,
    'By the end: I would [check that it worked, e.g. the measure you would look at] and [tell the people who need to know].',
    ...experienceLine(best),
  ];
  return { text: lines.join('\n'), used: [...(best ? [best.ref] : []), ...(inRole ? [`job description: ${duty!.d}`] : [])] };
}

/** "What would you do…", "your first 90 days": steps in order, no STAR labels. */
export function planAnswer(req: ExampleRequest): Shaped {
  return FIRST_DAYS.test(req.question.text) ? firstDaysPlan(req) : situationPlan(req);
}
