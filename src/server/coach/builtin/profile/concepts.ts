/**
 * Concepts a job description names in several words ("event-driven
 * architecture", "infrastructure as code") and the resume evidence that shows
 * them. A resume rarely says "distributed systems"; it says "idempotent webhook
 * pipeline on Kafka". The lexicon matches words; this table adds what those
 * words look like in practice, for the gap map only.
 */
import { hasTerm } from '../lexicon.js';
import { showsWordForm } from './word-forms.js';

interface Concept {
  /** Canonical name, used as a requirement skill. */
  name: string;
  /** How a JD names it. */
  named: RegExp;
  /** Lexicon terms whose own match inside the phrase is subsumed by the concept ("architecture" in "event-driven architecture"). */
  subsumes: string[];
}

/** Multi-word concepts read from requirement lines before single lexicon terms. */
const CONCEPTS: readonly Concept[] = [
  { name: 'event-driven architecture', named: /\bevent[- ]driven(?:\s+(?:architecture|systems?|services?|design))?\b/i, subsumes: ['system design'] },
  { name: 'infrastructure as code', named: /\binfrastructure[- ]as[- ]code\b|\biac\b/i, subsumes: ['cloud infrastructure'] },
  { name: 'message queues', named: /\bmessage (?:queues?|brokers?|bus)\b|\bmessaging systems?\b/i, subsumes: [] },
];

const EVENTS = /\bkafka\b|\brabbitmq\b|\bsqs\b|\bsns\b|\bkinesis\b|\bnats\b|\bpub\/?sub\b|\bevent[- ](?:driven|sourc\w*|bus|stream\w*)|\boutbox\b|\bwebhooks?\b|\b(?:message|job|task|work) (?:queues?|brokers?|bus)\b|\bcqrs\b|\bstream processing\b/i;

/**
 * Evidence patterns per skill, beyond the skill's own name: what a resume line
 * says when it shows the skill without naming it.
 */
const EVIDENCE: Readonly<Record<string, RegExp>> = {
  'event-driven architecture': EVENTS,
  'message queues': EVENTS,
  'distributed systems': new RegExp(`${EVENTS.source}|\\bidempoten\\w*|\\bmicroservices?\\b|\\breplicat\\w+|\\bshard\\w*|\\bpartition\\w*|\\bconsensus\\b|\\braft\\b|\\bexactly[- ]once\\b|\\bat[- ]least[- ]once\\b|\\beventual(?:ly)? consisten\\w*|\\bmulti[- ]region\\b`, 'i'),
  'infrastructure as code': /\bterraform\b|\bpulumi\b|\bcloudformation\b|\bansible\b|\baws cdk\b|\bcdk\b|\bbicep\b|\bchef\b|\bpuppet\b/i,
};

/** The concepts a requirement line names, and the lexicon terms they stand in for. */
export function conceptsIn(text: string): { names: string[]; subsumed: Set<string> } {
  const names: string[] = [];
  const subsumed = new Set<string>();
  for (const c of CONCEPTS) {
    if (!c.named.test(text)) continue;
    names.push(c.name);
    // Only subsume the lexicon term when the rest of the line does not name it on its own.
    const rest = text.replace(new RegExp(c.named.source, 'gi'), ' ');
    for (const s of c.subsumes) if (!hasTerm(rest, s)) subsumed.add(s);
  }
  return { names, subsumed };
}

/** True when the concept is one of ours (a named skill, like a lexicon term). */
export function isConcept(name: string): boolean {
  return CONCEPTS.some((c) => c.name === name);
}

/**
 * True when a resume line shows the skill: by name (lexicon or concept wording),
 * in another form of its word ("idempotent" for "idempotency", `word-forms.ts`) or
 * by its typical evidence.
 */
export function shows(line: string, skill: string): boolean {
  const concept = CONCEPTS.find((c) => c.name === skill);
  if (concept ? concept.named.test(line) : hasTerm(line, skill) || showsWordForm(line, skill)) return true;
  return EVIDENCE[skill]?.test(line) ?? false;
}

/** How the requirement itself writes a skill ("Kubernetes", "infrastructure as code"), for notes shown to the user. */
export function nameIn(text: string, skill: string): string {
  const concept = CONCEPTS.find((c) => c.name === skill);
  const m = concept ? concept.named.exec(text) : new RegExp(`(?<![a-z0-9])${skill.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z0-9])`, 'i').exec(text);
  return m?.[0] ?? skill;
}
