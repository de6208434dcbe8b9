import { describe, expect, it } from 'vitest';
import { describeSource } from '../../src/server/services/coaching.js';

describe('example-answer sources', () => {
  const snippets = [{ id: 'a1b2', text: 'Reduced the monthly AWS bill by 22% by right-sizing Postgres instances and adding read replicas across three regions.' }];
  it('turns a cited snippet id into the opening words of the story', () => {
    expect(describeSource('snippet:a1b2', snippets)).toBe('Your story: “Reduced the monthly AWS bill by 22% by right-sizing Postgres instances and adding read…”');
    expect(describeSource('a1b2', snippets)).toMatch(/^Your story: “Reduced/);
  });
  it('keeps other sources (resume lines) and unknown ids as they are', () => {
    expect(describeSource('resume: Led the billing migration', snippets)).toBe('resume: Led the billing migration');
    expect(describeSource('snippet:zzz', snippets)).toBe('snippet:zzz');
  });
});
