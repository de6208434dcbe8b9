/**
 * npm run calibrate [-- --coach builtin] [--check] [--details]
 *
 * Scores the labelled calibration set (test/fixtures/calibration) with a coach
 * and prints, for the tuning split, the held-out split and all items:
 * Spearman and Pearson between `overall` and the human labels, tier accuracy,
 * whether every weak answer scores below every strong one, per-dimension flag
 * precision/recall, and the answer-length-only baseline.
 * `--details` lists per-item scores for the tuning split only, so the holdout
 * stays unseen while tuning; `--show-holdout` adds holdout items to that list
 * (use only for a final, reported inspection). `--check` exits non-zero when a
 * target fails.
 * To add a coach (e.g. `--coach llm`), extend `createCoach` below.
 */
import { createBuiltinCoach } from '../src/server/coach/builtin/index.js';
import type { Coach } from '../src/server/coach/coach.js';
import { llmCoachForCalibrationOrSkip } from '../src/server/coach/llm/calibrate-coach.js';
import { CALIBRATION_SET, type CalibrationItem } from '../test/fixtures/calibration/index.js';
import { evaluateWith } from '../test/fixtures/calibration/run.js';
import { flaggedBy, report, type Report, type Scored, tierOfOverall } from '../test/fixtures/calibration/stats.js';

export { evaluateWith };

export const TARGETS = { spearman: 0.9 } as const;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The coach to calibrate, by name. */
export function createCoach(name: string): Coach {
  switch (name) {
    case 'builtin':
      return createBuiltinCoach();
    case 'llm':
      // Needs OPENAI_API_KEY (and optionally OPENAI_BASE_URL); prints SKIPPED and exits 0 without one.
      return llmCoachForCalibrationOrSkip();
    default:
      throw new Error(`Unknown coach "${name}". Known: builtin, llm. Add new coaches in scripts/calibrate.ts createCoach().`);
  }
}

const f = (x: number): string => x.toFixed(3);

function printReport(title: string, r: Report): void {
  console.log(`\n== ${title} (n=${r.n})`);
  console.log(`  Spearman ${f(r.spearman)}   Pearson ${f(r.pearson)}   tier accuracy ${(r.tierAccuracy * 100).toFixed(1)}%   weak<strong ${r.weakBelowStrong ? 'yes' : 'NO'}`);
  console.log(`  length-only baseline Spearman ${f(r.lengthBaseline)}`);
  const rows = Object.entries(r.flags).map(([k, v]) => `    ${k.padEnd(14)} P ${f(v.precision)}  R ${f(v.recall)}  (tp ${v.tp}, fp ${v.fp}, fn ${v.fn})`);
  console.log(`  flags (coach flags = score ≤ 2 or null):\n${rows.join('\n')}`);
}

function printDetails(scored: Scored[]): void {
  console.log('\n== tuning items (label → overall)');
  for (const s of [...scored].sort((a, b) => a.item.score - b.item.score)) {
    const dims = s.feedback.dimensions.map((d) => `${d.key.slice(0, 4)}:${d.score ?? '-'}`).join(' ');
    const flagged = [...flaggedBy(s.feedback)].sort().join(',');
    const miss = tierOfOverall(s.feedback.overall) !== s.item.tier ? ' *' : '';
    console.log(`  ${String(s.item.score).padStart(3)} ${s.item.tier.padEnd(6)} → ${s.feedback.overall.toFixed(1)}${miss}  ${s.item.id}\n        ${dims}   flagged[${flagged}] want[${[...s.item.flags].sort().join(',')}]`);
  }
}

async function main(): Promise<void> {
  const coach = createCoach(arg('coach') ?? 'builtin');
  const scored: Scored[] = [];
  for (const item of CALIBRATION_SET as CalibrationItem[]) scored.push({ item, feedback: await evaluateWith(coach, item) });
  const again = await Promise.all(CALIBRATION_SET.map((item) => evaluateWith(coach, item)));
  const stable = again.every((fb, i) => fb.overall === scored[i]!.feedback.overall);
  const tune = scored.filter((s) => s.item.split === 'tune' || process.argv.includes('--show-holdout'));
  const holdout = scored.filter((s) => s.item.split === 'holdout');
  console.log(`Calibration of coach "${coach.provider}/${coach.model}" on ${scored.length} labelled answers`);
  if (process.argv.includes('--details')) printDetails(tune);
  const reports = { tune: report(tune), holdout: report(holdout), all: report(scored) };
  printReport('tune', reports.tune);
  printReport('holdout', reports.holdout);
  printReport('all', reports.all);
  console.log(`\nSame answer → same score: ${stable ? 'yes' : 'NO'}`);
  const ok = reports.all.spearman >= TARGETS.spearman && reports.all.weakBelowStrong && stable && reports.all.spearman > reports.all.lengthBaseline;
  console.log(`Targets (Spearman ≥ ${TARGETS.spearman} on all, weak < strong, stable, beats length): ${ok ? 'met' : 'NOT met'}`);
  if (process.argv.includes('--check') && !ok) process.exitCode = 1;
}

await main();
