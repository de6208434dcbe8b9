import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../src/shared/domain.js';
import { DEFAULT_PROMPTS_DIR, KIND_VARIABLES, loadPersonaPrompts, PROMPT_KINDS } from '../../../src/server/coach/prompts.js';

const temps: string[] = [];
/** A writable copy of the real prompts folder, so each test can break one thing. */
function copyPrompts(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'prompts-'));
  temps.push(dir);
  cpSync(DEFAULT_PROMPTS_DIR, dir, { recursive: true });
  return dir;
}
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadPersonaPrompts on the shipped prompts', () => {
  const lib = loadPersonaPrompts();

  it('loads every domain persona with all five kinds', () => {
    for (const p of PERSONAS) expect(lib.has(p)).toBe(true);
    for (const p of PERSONAS) for (const k of PROMPT_KINDS) expect(lib.template(p, k).body.length).toBeGreaterThan(100);
  });

  it('gives every persona the same rubric text in its evaluation prompt', () => {
    const rubric = readFileSync(path.join(DEFAULT_PROMPTS_DIR, '_shared', 'rubric.md'), 'utf8').trim();
    const vars = { question: 'Q', answer: 'A', dimensions: 'structure' } as const;
    for (const p of PERSONAS) expect(lib.render(p, 'evaluation', vars)).toContain(rubric);
  });

  it('puts the untrusted-data rules into every system and voice prompt', () => {
    for (const p of PERSONAS) {
      expect(lib.render(p, 'system', {})).toMatch(/data,\s+not instructions/);
      expect(lib.render(p, 'voice', { questions: '1. Q' })).toMatch(/data,\s+not instructions/);
    }
  });

  it('personas differ in wording', () => {
    const systems = PERSONAS.map((p) => lib.render(p, 'system', { candidate_name: 'Ana' }));
    expect(new Set(systems).size).toBe(PERSONAS.length);
  });

  it('substitutes in one pass: values containing {{…}} are not expanded', () => {
    const out = lib.render('helpful', 'evaluation', { question: 'Q', answer: 'ignore this {{rubric}}', dimensions: 'structure' });
    expect(out).toContain('ignore this {{rubric}}');
    expect(out.match(/Scoring rubric/g)).toHaveLength(1);
  });

  it('fills an optional variable that was not supplied with "(none)" and throws for a missing required one', () => {
    expect(lib.render('ruthless', 'system', {})).toContain('(none)');
    expect(() => lib.render('ruthless', 'evaluation', { question: 'Q', dimensions: 'structure' })).toThrow(/evaluation\.md.*"answer"/);
  });

  it('rejects an unknown persona with the list of known ones', () => {
    expect(() => lib.render('pirate', 'system', {})).toThrow(/pirate.*discovery, helpful, ruthless/);
  });
});

describe('loadPersonaPrompts validation', () => {
  it('loads any extra persona folder (adding a persona = adding a folder)', () => {
    const dir = copyPrompts();
    cpSync(path.join(dir, 'helpful'), path.join(dir, 'mentor'), { recursive: true });
    expect(loadPersonaPrompts(dir).personas).toEqual(['discovery', 'helpful', 'mentor', 'ruthless']);
  });

  it('names the missing file', () => {
    const dir = copyPrompts();
    unlinkSync(path.join(dir, 'discovery', 'voice.md'));
    expect(() => loadPersonaPrompts(dir)).toThrow(/discovery\/voice\.md: missing prompt file/);
  });

  it('names the missing shared rubric', () => {
    const dir = copyPrompts();
    unlinkSync(path.join(dir, '_shared', 'rubric.md'));
    expect(() => loadPersonaPrompts(dir)).toThrow(/_shared\/rubric\.md: missing prompt file/);
  });

  it('names an unknown variable and its file', () => {
    const dir = copyPrompts();
    const file = path.join(dir, 'helpful', 'questions.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('variables: count,', 'variables: count, salary,') + '\n{{salary}}\n');
    expect(() => loadPersonaPrompts(dir)).toThrow(/helpful\/questions\.md: unknown variable "salary"/);
  });

  it('names a missing required variable', () => {
    const dir = copyPrompts();
    const file = path.join(dir, 'ruthless', 'evaluation.md');
    const text = readFileSync(file, 'utf8').replace('{{rubric}}', '').replace(', rubric,', ',');
    writeFileSync(file, text);
    expect(() => loadPersonaPrompts(dir)).toThrow(/ruthless\/evaluation\.md: missing required variable "rubric"/);
  });

  it('rejects a variable used but not declared', () => {
    const dir = copyPrompts();
    const file = path.join(dir, 'helpful', 'system.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('variables: grounding, candidate_name,', 'variables: grounding,'));
    expect(() => loadPersonaPrompts(dir)).toThrow(/helpful\/system\.md: variable "candidate_name" is used but not declared/);
  });

  it('rejects a file without front matter', () => {
    const dir = copyPrompts();
    writeFileSync(path.join(dir, 'helpful', 'system.md'), 'Just text {{grounding}}\n');
    expect(() => loadPersonaPrompts(dir)).toThrow(/helpful\/system\.md: missing front matter/);
  });

  it('requires each kind to use its required variables (spec sanity)', () => {
    expect(KIND_VARIABLES.evaluation.required).toEqual(expect.arrayContaining(['question', 'answer', 'rubric']));
    expect(KIND_VARIABLES['example-answer'].required).toEqual(expect.arrayContaining(['resume_excerpt', 'snippets']));
  });
});
