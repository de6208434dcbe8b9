/**
 * What an imported file (a resume above all) holds that is not a story: the
 * contact line, profile sections (Summary, Skills, Education…), a section name
 * on a line of its own, and a list of skills or tools. Stored, each would be
 * searched and quoted back as if it were a story ("You noted: “Skills: Go,
 * TypeScript…” Tell me the full story"), so an import leaves them out. Role
 * lines, bullets and achievements stay. Applied to imports only (a file, a
 * session's resume): a note the user types is kept as typed.
 */
import { cleanInline } from '../../text/markdown.js';
import { wordCount } from '../../text/tokens.js';
import { cleanMarkdown, type Section } from './markdown.js';

/** Resume sections that describe the person, not something they did. */
const PROFILE_SECTION =
  /^(?:(?:professional |career |personal |executive )?(?:summary|profile)|(?:career )?objective|about(?: me)?|contact(?: details| information| info)?|personal (?:details|information)|(?:key |core |technical |tech )?(?:skills|competencies|strengths|skill set|skills (?:and|&) (?:tools|technologies|expertise))|tools(?: (?:and|&) technologies)?|technologies|tech stack|languages|education(?: (?:and|&) (?:training|certifications?))?|certifications?|qualifications|courses|training|interests|hobbies(?: (?:and|&) interests)?|references|awards)$/i;
/** Section names that only group what follows ("Experience"): the story is what is under them. */
const GROUP_SECTION =
  /^(?:(?:work |professional |relevant |career )?experience|employment(?: history)?|work history|career history|(?:key |selected )?(?:achievements|accomplishments|projects|highlights))$/i;
/** "Skills: Go, TypeScript…", "Tools — Jira, Figma": a labelled list. */
const LABELLED_LIST = /^(?:(?:key |core |technical |tech )?(?:skills|tools|technologies|tech stack|stack|languages|frameworks|platforms|software|certifications?|interests))\s*(?::|—|–|-\s)/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:linkedin|github|gitlab)\.com\/\S*/gi;
/** A run of digits and phone punctuation; a phone number when it has 10 to 15 digits (a date range has fewer). */
const PHONE_RUN = /\+?\d[\d ().-]{7,}\d/g;
/** A year or "present": a role line ("Engineer, Acme, Leeds, 2019–2021"), never a skills list. */
const DATED = /\b(?:19|20)\d\d\b|\bpresent\b/i;
/** Stories this short are a name or a label left over, not something the user did. */
const MIN_STORY_WORDS = 3;

/** A heading's or line's words, without marks or a trailing colon. */
function words(text: string): string {
  return cleanInline(text.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s*[-*+•]\s+/, '')).replace(/[\s:]+$/, '');
}

/** "priya@example.com · Leeds, UK", "+44 7700 900123 | linkedin.com/in/priya": details, no story. */
export function isContactLine(line: string): boolean {
  const rest = line
    .replace(EMAIL, ' ')
    .replace(URL, ' ')
    .replace(PHONE_RUN, (run) => (/^\d{10,15}$/.test(run.replace(/\D/g, '')) ? ' ' : run));
  if (rest === line) return false;
  return wordCount(rest.replace(/[·|•,;/]/g, ' ')) <= 6;
}

/** "Go, TypeScript, Python, PostgreSQL": four or more short items and no sentence. */
export function isSkillsList(line: string): boolean {
  const text = words(line);
  if (LABELLED_LIST.test(text)) return true;
  if (/[.!?]$/.test(text) || DATED.test(text)) return false;
  const items = text.split(/\s*[,;|·•]\s*/).filter(Boolean);
  if (items.length < 4) return false;
  const sizes = items.map((i) => wordCount(i));
  return sizes.every((n) => n <= 3) && sizes.reduce((a, b) => a + b, 0) / items.length <= 2;
}

/** A line that is only a section's name ("Summary:", "SKILLS", "Experience"). */
function isSectionName(line: string): boolean {
  const text = words(line);
  return PROFILE_SECTION.test(text) || GROUP_SECTION.test(text);
}

/** A line an import leaves out. */
export function isJunkLine(line: string): boolean {
  return line.trim() !== '' && (isContactLine(line) || isSkillsList(line) || isSectionName(line));
}

/**
 * One section of an imported document as it should be stored, or `null` when
 * it tells no story: a profile section goes whole; a grouping heading
 * ("Experience") is dropped and its body kept; contact, skills and section-name
 * lines go; what is left must be more than a name.
 */
export function importSection(section: Section): Section | null {
  const head = section.heading === null ? null : words(section.heading);
  if (head !== null && PROFILE_SECTION.test(head)) return null;
  const lines = section.lines.filter((l) => !isJunkLine(l));
  if (wordCount(cleanMarkdown(lines.join('\n'))) < MIN_STORY_WORDS) return null;
  return { heading: head !== null && GROUP_SECTION.test(head) ? null : section.heading, lines };
}
