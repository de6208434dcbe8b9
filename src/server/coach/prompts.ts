/**
 * Persona prompts as data. Each folder under `prompts/` (except `_shared`) is a
 * persona with one Markdown template per kind. Templates declare the variables
 * they use in a front-matter line; the loader checks every file against the
 * per-kind variable lists at boot, so a typo stops the server with a message
 * naming the file and the variable instead of producing a broken prompt later.
 *
 * `_shared/<name>.md` files are fixed text offered to templates as the
 * variable `{{<name>}}` (e.g. the rubric), so persona-independent parts
 * (scoring anchors, grounding rules) live in exactly one place.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROMPT_KINDS = ['system', 'questions', 'evaluation', 'example-answer', 'voice'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** Variables filled from `_shared/*.md`, never by callers. */
export const SHARED_VARIABLES = ['rubric', 'grounding'] as const;
type SharedVariable = (typeof SHARED_VARIABLES)[number];

/** Context a caller may supply; documents, snippets and user text arrive already fenced. */
const CONTEXT = ['candidate_name', 'job_title', 'company'] as const;
const DOCS = ['resume_excerpt', 'jd_excerpt', 'snippets'] as const;
const QUESTION = ['question', 'category', 'competency'] as const;

interface KindSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** Which variables each kind must use and may use. Changing a persona never needs a code change. */
export const KIND_VARIABLES: Record<PromptKind, KindSpec> = {
  system: { required: ['grounding'], optional: [...CONTEXT] },
  questions: {
    required: ['count', 'resume_excerpt', 'jd_excerpt', 'snippets', 'existing'],
    optional: [...CONTEXT, 'hint', 'question_type', 'difficulty', 'gaps'],
  },
  evaluation: {
    required: ['question', 'answer', 'rubric', 'dimensions'],
    optional: [...CONTEXT, ...DOCS, 'category', 'competency', 'word_count', 'duration'],
  },
  'example-answer': {
    required: ['question', 'resume_excerpt', 'snippets'],
    optional: [...CONTEXT, 'jd_excerpt', 'category', 'competency'],
  },
  voice: { required: ['grounding', 'questions'], optional: [...CONTEXT, ...DOCS] },
};

/** Every variable name any template may use. */
export type PromptVariable =
  | SharedVariable
  | (typeof CONTEXT)[number]
  | (typeof DOCS)[number]
  | (typeof QUESTION)[number]
  | 'count' | 'existing' | 'hint' | 'question_type' | 'difficulty' | 'gaps'
  | 'answer' | 'dimensions' | 'word_count' | 'duration' | 'questions';

/** Caller-supplied values; shared variables are filled by the library. */
export type PromptVars = Partial<Record<Exclude<PromptVariable, SharedVariable>, string | number>>;

export interface PromptTemplate {
  file: string;
  variables: string[];
  body: string;
}

export interface PromptLibrary {
  /** Persona folder names found at load time, sorted. */
  readonly personas: readonly string[];
  has(persona: string): boolean;
  template(persona: string, kind: PromptKind): PromptTemplate;
  /** Substitute variables in one pass (values are never re-expanded). */
  render(persona: string, kind: PromptKind, vars: PromptVars): string;
}

/** Thrown at boot when a prompt folder is incomplete or a template is wrong. */
export class PromptError extends Error {
  override name = 'PromptError';
}

const VAR_RE = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;
const FRONT_RE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const PERSONA_RE = /^[a-z][a-z0-9-]*$/;

/** The repository's `prompts/` folder, found relative to this module (works from src/ and dist/). */
export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../../prompts', import.meta.url));

function usedVariables(body: string): string[] {
  return [...new Set([...body.matchAll(VAR_RE)].map((m) => m[1]!))];
}

/** Parse `---\nvariables: a, b\n---` front matter; the list may be empty. */
function parseTemplate(file: string, text: string): PromptTemplate {
  const front = FRONT_RE.exec(text);
  if (!front) throw new PromptError(`${file}: missing front matter; start the file with "---\\nvariables: a, b\\n---"`);
  const line = front[1]!.split(/\r?\n/).find((l) => l.trim().startsWith('variables:'));
  if (line === undefined) throw new PromptError(`${file}: front matter has no "variables:" line`);
  const variables = line
    .slice(line.indexOf(':') + 1)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return { file, variables, body: text.slice(front[0].length).trim() + '\n' };
}

function validateTemplate(t: PromptTemplate, kind: PromptKind): void {
  const spec = KIND_VARIABLES[kind];
  const allowed = new Set([...spec.required, ...spec.optional]);
  const used = usedVariables(t.body);
  for (const v of [...t.variables, ...used]) {
    if (!allowed.has(v)) {
      throw new PromptError(`${t.file}: unknown variable "${v}" for a ${kind} prompt (allowed: ${[...allowed].join(', ')})`);
    }
  }
  for (const v of used) {
    if (!t.variables.includes(v)) throw new PromptError(`${t.file}: variable "${v}" is used but not declared in front matter`);
  }
  for (const v of t.variables) {
    if (!used.includes(v)) throw new PromptError(`${t.file}: variable "${v}" is declared but never used`);
  }
  for (const v of spec.required) {
    if (!used.includes(v)) throw new PromptError(`${t.file}: missing required variable "${v}" for a ${kind} prompt`);
  }
}

function readRequired(file: string): string {
  if (!existsSync(file)) throw new PromptError(`${file}: missing prompt file`);
  return readFileSync(file, 'utf8');
}

function loadShared(dir: string): Record<SharedVariable, string> {
  const out = {} as Record<SharedVariable, string>;
  for (const name of SHARED_VARIABLES) {
    const file = path.join(dir, '_shared', `${name}.md`);
    const text = readRequired(file).trim();
    if (text.includes('{{')) throw new PromptError(`${file}: shared files are fixed text and cannot use {{variables}}`);
    out[name] = text;
  }
  return out;
}

function personaFolders(dir: string): string[] {
  if (!existsSync(dir)) throw new PromptError(`${dir}: prompts folder not found`);
  const names = readdirSync(dir).filter((n) => !n.startsWith('_') && !n.startsWith('.'));
  const folders = names.filter((n) => statSync(path.join(dir, n)).isDirectory()).sort();
  for (const n of folders) {
    if (!PERSONA_RE.test(n)) throw new PromptError(`${path.join(dir, n)}: persona folder names are lower-case letters, digits and dashes`);
  }
  if (folders.length === 0) throw new PromptError(`${dir}: no persona folders`);
  return folders;
}

/**
 * Load and validate every persona folder under `dir`. Throws PromptError naming
 * the file (and variable) on the first problem, so boot stops with a clear message.
 */
export function loadPersonaPrompts(dir: string = DEFAULT_PROMPTS_DIR): PromptLibrary {
  const shared = loadShared(dir);
  const templates = new Map<string, PromptTemplate>();
  const personas = personaFolders(dir);
  for (const persona of personas) {
    for (const kind of PROMPT_KINDS) {
      const file = path.join(dir, persona, `${kind}.md`);
      const t = parseTemplate(file, readRequired(file));
      validateTemplate(t, kind);
      templates.set(`${persona}/${kind}`, t);
    }
  }
  return createLibrary(personas, templates, shared);
}

function createLibrary(
  personas: string[],
  templates: Map<string, PromptTemplate>,
  shared: Record<SharedVariable, string>,
): PromptLibrary {
  const template = (persona: string, kind: PromptKind): PromptTemplate => {
    const t = templates.get(`${persona}/${kind}`);
    if (!t) throw new PromptError(`No prompts for persona "${persona}" (known: ${personas.join(', ')})`);
    return t;
  };
  const render = (persona: string, kind: PromptKind, vars: PromptVars): string => {
    const t = template(persona, kind);
    const values: Record<string, string | number | undefined> = { ...vars, ...shared };
    const required = new Set(KIND_VARIABLES[kind].required);
    // One pass over the template: substituted values (user text) are never scanned again.
    return t.body.replace(VAR_RE, (_m, name: string) => {
      const v = values[name];
      if (v !== undefined) return String(v);
      if (required.has(name)) throw new PromptError(`${t.file}: no value supplied for required variable "${name}"`);
      return '(none)';
    });
  };
  return Object.freeze({ personas: Object.freeze([...personas]), has: (p: string) => personas.includes(p), template, render });
}
