/**
 * Named methods, standards and systems a job description asks for, in any
 * trade: acronyms ("ICH-GCP", "CAPA", "WMS", "IFRS", "BS 7671") and short
 * bracketed lists of names ("(Lean, 5S, Kaizen)"). The lexicon knows software
 * tools; these are how other trades name theirs, and a good technical
 * question asks the candidate to explain one.
 */
import { PLACE_TIME_ABBREVIATIONS, STOPWORDS } from '../text.js';
import { isQualification } from './phrase.js';

export interface NamedTerm {
  name: string;
  /** The JD line it was found in. */
  line: string;
}

/** An acronym, with the number a standard carries ("ISO 9001", "BS 7671"). */
const ACRONYM = /(?<![\w/&-])([A-Z][A-Z0-9]*[A-Z](?:[/&-][A-Z][A-Z0-9]*)*)(?:\s(\d[\d/.:-]*\d))?(?![\w/&-])/g;

/** Organisations, job titles and business shorthand (besides places and times): not something to explain to a colleague. */
const NOT_A_METHOD = new Set([
  ...PLACE_TIME_ABBREVIATIONS,
  ...'NHS HR IT CEO CFO COO CTO CIO VP SVP EVP PA FTE PTO EOE ID B2B B2C KPI ROI PLC LTD LLC INC GP RN AND OR'.split(' '),
]);

/** Examples of products, or prose, rather than a list of methods. */
const NOT_A_LIST = /\be\.g\.|\bsuch as\b|\bor similar\b|\betc\b|\bfor example\b|\bi\.e\.|\d{3,}/i;
/** One short name: every word capitalised or a number ("Six Sigma", "5S"). */
const NAME = /^[A-Z0-9][\w&+'’-]*(?:\s[A-Z0-9][\w&+'’-]*){0,2}$/;

function acronyms(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(ACRONYM)) {
    const letters = m[1]!;
    // "working closely with the SENCO", "report to the CFO": a person or a body, not a method.
    const person = /\b(?:with|to|by|from) the $/i.test(line.slice(0, m.index));
    if (person || NOT_A_METHOD.has(letters) || STOPWORDS.has(letters.toLowerCase()) || letters.replace(/[^A-Z]/g, '').length > 8) continue;
    out.push(m[2] ? `${letters} ${m[2]}` : letters);
  }
  return out;
}

/** "(Lean, 5S, Kaizen)" → Lean, 5S, Kaizen; "(Manhattan, Blue Yonder or similar)" → nothing (examples of products). */
function bracketLists(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\(([^()]+)\)/g)) {
    const inside = m[1]!;
    if (NOT_A_LIST.test(inside)) continue;
    const items = inside.split(/,\s*|\s+(?:and|or)\s+|\//).map((s) => s.trim()).filter(Boolean);
    if (items.length >= 2 && items.every((i) => NAME.test(i))) out.push(...items);
  }
  return out;
}

/**
 * Up to `max` named terms from the JD lines, in line order, each once. Terms in
 * the job title or company name are left out ("Explain NHS to a colleague").
 */
export function namedTerms(lines: readonly string[], exclude: string, max = 4): NamedTerm[] {
  const seen = new Set<string>(exclude.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 1).map((w) => w.toLowerCase()));
  const out: NamedTerm[] = [];
  // "CIMA or ACCA qualified", "(NVQ Level 3)": a qualification is checked, not explained.
  for (const line of lines.filter((l) => !isQualification(l))) {
    for (const name of [...bracketLists(line), ...acronyms(line)]) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name, line });
    }
  }
  return out.slice(0, max);
}
