/**
 * Shape of a curated bank question: written for this project, each with the
 * competency it probes, a difficulty level, why an interviewer asks it, and
 * optional skill tags that let a JD pull it forward.
 */
import type { Difficulty, QuestionCategory } from '../../../../shared/domain.js';

export interface BankQuestion {
  text: string;
  category: QuestionCategory;
  competency: string;
  level: Difficulty;
  rationale: string;
  /** Lower-case lexicon names (tools/skills) that make this question fit a JD. */
  tags: string[];
  /**
   * Who may be asked it: 'software' only in a software role (memory leaks,
   * code review), 'other' only outside one (the trade-neutral technical
   * questions), 'any' everyone.
   */
  audience: Audience;
}

export type Audience = 'any' | 'software' | 'other';

/** Compact constructor used by the bank files. */
export function bq(category: QuestionCategory, level: Difficulty, competency: string, text: string, rationale: string, tags: string[] = [], audience: Audience = 'any'): BankQuestion {
  return { text, category, competency, level, rationale, tags, audience };
}
