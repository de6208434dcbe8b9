import { describe, expect, it } from 'vitest';
import { groundedBasedOn, replaceInventedNames } from '../../../../src/server/coach/llm/example-check.js';
import type { ExampleRequest } from '../../../../src/server/coach/coach.js';
import type { Profile } from '../../../../src/shared/domain.js';

const sources = 'Backend Engineer at Larkspur Freight (2020–2024)\nSkills: TypeScript; RabbitMQ\nSenior Platform Engineer · Orchard Health';

describe('replaceInventedNames', () => {
  it('replaces names none of the documents hold, with a placeholder that fits the context', () => {
    const text = 'At Google I grew conversion. As Staff Engineer I launched Pulse on RabbitMQ. My manager Sarah agreed.';
    expect(replaceInventedNames(text, sources)).toBe('At [employer] I grew conversion. As [role] I launched [product] on RabbitMQ. My manager [name] agreed.');
  });

  it('keeps known names in other forms, sentence starts, labels, quotes and bracketed text', () => {
    const text = 'Situation: at Larkspur Freight Inc. we used TypeScript. Larkspur Freight’s jobs ran on RabbitMQ. I said "We should queue it." [Result] in March.';
    expect(replaceInventedNames(text, sources)).toBe(text);
  });
});

describe('groundedBasedOn', () => {
  const profile = { resume: { roles: [{ title: 'Engineer', employer: 'Larkspur Freight', dates: '', lines: ['Mentored 3 junior engineers'] }], skills: [], tools: [], projects: [], achievements: [] } } as unknown as Profile;
  const req = { profile, snippets: [{ id: 'snip-1', text: 'The queue migration removed two on-call pages a week.' }] } as unknown as ExampleRequest;

  it('keeps sent story ids and lines of the user’s material, drops invented titles and ids', () => {
    const refs = ['Invented story: Google growth project', 'ws_9999', '[snip-1]', 'Resume: Mentored three junior engineers', 'queue migration removed two on-call pages', ' '];
    expect(groundedBasedOn(refs, req)).toEqual(['[snip-1]', 'Resume: Mentored three junior engineers', 'queue migration removed two on-call pages']);
  });
});
