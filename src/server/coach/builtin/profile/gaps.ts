/**
 * The resume↔JD gap map: for each requirement, the resume lines that show
 * evidence for it. A requirement naming several skills is covered when most of
 * them are shown ("A or B" needs one); a "N+ years" requirement is checked
 * against the years the dated roles span.
 */
import type { GapEntry, Requirement } from '../../../../shared/domain.js';
import { hasTerm, isKnownTool } from '../lexicon.js';
import { contentStems } from '../text.js';
import { yearsIn } from './roles.js';
import type { ResumeProfile } from './resume.js';

const MAX_EVIDENCE = 3;

function linesWith(lines: string[], skill: string): string[] {
  return lines.filter((l) => hasTerm(l, skill));
}

function totalYears(resume: ResumeProfile, now: number): number {
  return resume.roles.reduce((sum, r) => sum + yearsIn(r.dates, now), 0);
}

/** Lines that share at least two content stems with the requirement (for requirements with no named skill). */
function overlapLines(lines: string[], requirement: string): string[] {
  const req = contentStems(requirement);
  return lines.filter((l) => {
    let n = 0;
    for (const s of contentStems(l)) if (req.has(s)) n++;
    return n >= 2;
  });
}

/** One gap entry per requirement, in JD order. */
export function gapMap(requirements: Requirement[], resume: ResumeProfile, now = new Date().getUTCFullYear()): GapEntry[] {
  const lines = resume.allLines;
  const listed = [...resume.skills, ...resume.tools].join(', ');
  return requirements.map((req) => {
    const evidence = new Set<string>();
    let matched = 0;
    // Named tools decide coverage; broad skill words only when no tool is named.
    const tools = req.skills.filter(isKnownTool);
    const deciding = tools.length > 0 ? tools : req.skills;
    for (const skill of req.skills) {
      const found = linesWith(lines, skill);
      if (deciding.includes(skill) && (found.length > 0 || hasTerm(listed, skill))) matched++;
      for (const f of found) evidence.add(f);
    }
    const needed = / or |either|one of/i.test(req.text) ? 1 : Math.ceil(deciding.length / 2);
    let covered = req.skills.length > 0 && matched >= needed;
    if (req.skills.length === 0) for (const l of overlapLines(lines, req.text)) evidence.add(l);
    if (req.skills.length === 0) covered = evidence.size > 0;
    const yrs = /(\d{1,2})\+?\s*years?/i.exec(req.text);
    if (yrs && resume.roles.length > 0) {
      const enough = totalYears(resume, now) >= Number(yrs[1]);
      covered = req.skills.length > 0 ? covered && enough : enough;
      if (enough && evidence.size === 0) for (const r of resume.roles) evidence.add(`${r.title} — ${r.employer} (${r.dates})`);
    }
    if (covered && evidence.size === 0 && listed) evidence.add(`Skills: ${req.skills.filter((s) => hasTerm(listed, s)).join(', ')}`);
    return { requirement: req.text, required: req.required, covered, evidence: covered ? [...evidence].slice(0, MAX_EVIDENCE) : [] };
  });
}
