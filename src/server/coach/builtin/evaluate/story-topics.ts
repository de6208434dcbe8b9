/**
 * Topic keys of a text, for judging whether a story is about the question at
 * hand: content-word stems without interview boilerplate ("tell me about a
 * time…"), with a few interview-domain synonym groups folded onto one key so
 * a question and a story written in different words still meet ("reduced
 * cloud costs" / "cut the AWS bill"). Deliberately small: each group is one
 * sense, and generic words stay out so unrelated stories do not match.
 */
import { contentStems, stem } from '../text.js';

/** Words every question or vague answer uses; they say nothing about the topic. */
const BOILERPLATE = new Set(
  ('tell time describe example give walk situation share talk explain experience question something someone thing things ' +
    'work worked working lot well went really good great make made get got one way know like want look looked help helped ' +
    'improvement improvements stuff also able new different many much day days week weeks month months year years team ' +
    'project projects job role company people person place handle handled deal dealt happen happened result results ' +
    // Counting words, time words and verbs every story uses.
    'two three four five six seven eight nine ten first second last within hour hours quarter quarters minute minutes ' +
    'both each alone end start started began ran run set put took kept lead led review reviewed ' +
    // Generic in any tech story: they do not make two stories about the same thing.
    'engineer engineers developer developers data system systems')
    .split(' '),
);

/** Synonym groups, first member names the group. */
const GROUPS: readonly (readonly string[])[] = [
  ['reduce', 'reduced', 'cut', 'lower', 'lowered', 'decrease', 'save', 'saved', 'saving', 'savings', 'trim', 'shrink', 'shrank', 'drop', 'dropped', 'fell', 'halve', 'halved', 'slash'],
  ['cost', 'costs', 'bill', 'spend', 'spending', 'budget', 'expense', 'expenses', 'money'],
  ['cloud', 'aws', 'gcp', 'azure', 'ec2', 'infrastructure', 'hosting', 'server', 'servers'],
  ['speed', 'latency', 'slow', 'slower', 'fast', 'faster', 'performance', 'quicker'],
  ['increase', 'increased', 'grow', 'grew', 'growth', 'raise', 'raised', 'boost', 'boosted', 'rose', 'doubled'],
  ['customer', 'customers', 'client', 'clients', 'user', 'users', 'merchant', 'merchants'],
  ['revenue', 'sales', 'conversion', 'signups', 'bookings', 'arr'],
  ['conflict', 'disagree', 'disagreed', 'disagreement', 'argument', 'pushback', 'tension', 'clash'],
  ['mentor', 'mentored', 'mentoring', 'coach', 'coached', 'coaching', 'teach', 'taught', 'onboard', 'onboarded', 'junior', 'juniors'],
  ['manager', 'boss', 'director', 'supervisor'],
  ['deadline', 'deadlines', 'pressure', 'urgent', 'crunch'],
  ['failure', 'fail', 'failed', 'mistake', 'mistakes', 'outage', 'outages', 'incident', 'incidents'],
  ['migrate', 'migrated', 'migration', 'rewrite', 'rewrote', 'port', 'ported'],
  ['automate', 'automated', 'automation', 'script', 'scripted', 'manual'],
  ['bug', 'bugs', 'defect', 'defects', 'regression', 'regressions'],
  ['security', 'vulnerability', 'vulnerabilities', 'breach', 'sso', 'auth'],
  ['hire', 'hired', 'hiring', 'recruit', 'recruited', 'recruiting'],
];

const CANON = new Map<string, string>();
for (const group of GROUPS) for (const w of group) CANON.set(stem(w), group[0]!);

/** The topic keys of a text: boilerplate-free stems, synonyms folded onto their group's name. */
export function topicKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of contentStems(text, BOILERPLATE)) {
    if (/^\d/.test(s)) continue; // figures are not topics
    out.add(CANON.get(s) ?? s);
  }
  return out;
}
