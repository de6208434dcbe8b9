/**
 * The questions panel's note on who wrote the questions, from what each
 * question records (`coach`): one line when every question shares one coach,
 * else one line per coach with the question numbers in the rail. Questions
 * with no recorded coach (the user's own, older ones) are left out, not guessed.
 */
import type { Question } from '../api/types.js';
import { becauseClause, coachName } from './coach-words.js';

type Coach = NonNullable<Question['coach']>;

function who(coach: Coach): string {
  // "Built-in coach" → "the built-in coach"; "AI coach (…)" keeps its capitals.
  const name = coach.provider === 'builtin' ? 'the built-in coach' : `the ${coachName(coach)}`;
  return coach.fallbackReason ? `${name} because ${becauseClause(coach.fallbackReason)}` : name;
}

/** "1–3, 5" from sorted 1-based numbers. */
export function numberRanges(numbers: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const start = numbers[i]!;
    while (i + 1 < numbers.length && numbers[i + 1] === numbers[i]! + 1) i++;
    parts.push(start === numbers[i] ? String(start) : `${start}–${numbers[i]}`);
  }
  return parts.join(', ');
}

/** Lines for the note; `questions` in rail order. Empty when no question records its coach. */
export function questionCoachLines(questions: Question[]): string[] {
  const groups = new Map<string, { text: string; numbers: number[] }>();
  questions.forEach((q, i) => {
    if (!q.coach) return;
    const text = who(q.coach);
    const group = groups.get(text) ?? { text, numbers: [] };
    group.numbers.push(i + 1);
    groups.set(text, group);
  });
  const all = [...groups.values()];
  if (all.length === 1 && all[0]!.numbers.length === questions.length) return [`Questions by ${all[0]!.text}.`];
  return all.map((g) => `${g.numbers.length === 1 ? 'Question' : 'Questions'} ${numberRanges(g.numbers)}: by ${g.text}.`);
}
