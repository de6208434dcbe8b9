/**
 * Section headings for resumes and job descriptions. A heading is a short,
 * non-bullet line whose words match one of the known phrasings; everything
 * until the next heading belongs to that section.
 */
import type { DocLine } from './normalize.js';

export type ResumeSection = 'header' | 'summary' | 'experience' | 'skills' | 'projects' | 'education' | 'achievements' | 'other';
export type JdSection = 'intro' | 'about' | 'responsibilities' | 'requirements' | 'nice' | 'benefits' | 'other';

const RESUME_HEADINGS: ReadonlyArray<readonly [ResumeSection, RegExp]> = [
  ['experience', /^(?:(?:professional|work|relevant|career|employment)\s+)?(?:experience|history|employment)(?:\s+history)?$|^(?:career|work)\s+history$|^employment$/],
  ['skills', /^(?:(?:technical|core|key|relevant)\s+)?(?:skills|competencies|expertise|technologies|tech stack|toolkit|tools)(?:\s*(?:&|and)\s*(?:tools|technologies|interests|languages))?$/],
  ['projects', /^(?:(?:selected|personal|side|key|open[- ]source)\s+)?projects$|^open source$/],
  ['education', /^(?:education|academic background|qualifications|education (?:&|and) (?:training|certifications))$/],
  ['achievements', /^(?:(?:key\s+)?achievements|accomplishments|awards|honou?rs|awards (?:&|and) honou?rs|publications|certifications|certificates|licenses(?: (?:&|and) certifications)?)$/],
  ['summary', /^(?:(?:professional\s+)?summary|profile|about(?: me)?|objective|overview|highlights)$/],
  ['other', /^(?:languages|interests|volunteering|volunteer experience|references|hobbies|activities|leadership(?: (?:&|and) activities)?)$/],
];

const JD_HEADINGS: ReadonlyArray<readonly [JdSection, RegExp]> = [
  ['nice', /nice[- ]to[- ]haves?|bonus(?: points)?|preferred(?: qualifications| skills)?|pluses|it'?s a plus|extra credit|even better|ideally/],
  ['requirements', /requirements|qualifications|what you(?:'ll)? (?:bring|need|have)|who you are|you (?:have|bring|are)|must[- ]haves?|about you|skills (?:&|and) experience|what we(?:'re| are) looking for|we(?:'d| would) love|minimum|basic qualifications|your profile/],
  ['responsibilities', /responsibilit|what you(?:'ll)? (?:do|work on|be doing)|the role|your role|in this role|day[- ]to[- ]day|your impact|what you will do|the job|duties|your mission/],
  ['benefits', /benefits|perks|what we offer|compensation|salary|why join|we offer/],
  ['about', /^about (?:us|the (?:company|team))|^who we are|^our (?:team|company|mission)|^the team/],
];

function headingKey(line: DocLine): string | null {
  if (line.bullet) return null;
  const t = line.text.replace(/[:：]\s*$/, '').trim();
  if (t.length > 60 || t.split(/\s+/).length > 7) return null;
  return t.toLowerCase().replace(/[^a-z&' /-]/g, '').replace(/\s+/g, ' ').trim();
}

/** Resume heading for a line, or null when the line is content. */
export function resumeHeading(line: DocLine): ResumeSection | null {
  const key = headingKey(line);
  if (!key) return null;
  for (const [section, re] of RESUME_HEADINGS) if (re.test(key)) return section;
  return null;
}

/** JD heading for a line, or null. JD headings are looser phrases, so require a colon or few words. */
export function jdHeading(line: DocLine): JdSection | null {
  const key = headingKey(line);
  if (!key) return null;
  const colon = /[:：]\s*$/.test(line.text);
  if (!colon && key.split(' ').length > 5) return null;
  for (const [section, re] of JD_HEADINGS) if (re.test(key)) return section;
  return null;
}

/** Group lines by the section they fall under; lines before the first heading get `first`. */
export function groupSections<S extends string>(lines: DocLine[], heading: (l: DocLine) => S | null, first: S): Map<S, DocLine[]> {
  const out = new Map<S, DocLine[]>();
  let current = first;
  for (const line of lines) {
    const h = heading(line);
    if (h) {
      current = h;
      if (!out.has(h)) out.set(h, []);
      continue;
    }
    const list = out.get(current) ?? [];
    list.push(line);
    out.set(current, list);
  }
  return out;
}
