/** The coach's strengths are headed as strengths only when some part scored 4/5 (session 10: a 3/5 under "Strengths"). */
import { describe, expect, it } from 'vitest';
import { hasStrongPart } from '../../src/shared/labels.js';

describe('hasStrongPart', () => {
  it('is true when some part scored 4 or more, false when the best is 3', () => {
    expect(hasStrongPart([{ score: 3 }, { score: 4 }])).toBe(true);
    expect(hasStrongPart([{ score: 3 }, { score: 2 }, { score: null }])).toBe(false);
  });
  it('leaves the coach’s own list standing when nothing was scored', () => {
    expect(hasStrongPart([{ score: null }])).toBe(true);
    expect(hasStrongPart([])).toBe(true);
  });
});
