/**
 * npm run train:reader [-- --cv] [--check]
 *
 * Trains the built-in coach's learned reader on the whole labelled calibration set
 * and writes src/server/coach/builtin/assets/reader-model.json (deterministic: the
 * same set gives the same file). `--cv` first prints leave-one-split-out Spearman
 * for each ridge penalty tried (the reader alone, the rubric alone, the blend).
 * `--check` writes nothing and exits non-zero when the committed model is not what
 * the set trains (a fixture changed without retraining).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { READER_MODEL_FILE } from '../src/server/coach/builtin/evaluate/reader.js';
import { CALIBRATION_SET } from '../test/fixtures/calibration/index.js';
import { crossValidateReader } from '../test/fixtures/calibration/reader-cv.js';
import { READER_LAMBDA, trainReader } from '../test/fixtures/calibration/reader-train.js';

const f = (x: number): string => x.toFixed(3);

function printCv(): void {
  for (const lambda of [0.3, 1, 3, 10]) {
    console.log(`\nridge penalty ${lambda}${lambda === READER_LAMBDA ? ' (used)' : ''}: leave-one-split-out Spearman — reader alone / rubric alone / blend`);
    for (const r of crossValidateReader(CALIBRATION_SET, lambda)) {
      console.log(`  ${r.split.padEnd(13)} n=${String(r.n).padStart(2)}  ${f(r.reader)} / ${f(r.rubric)} / ${f(r.blend)}  weak<strong ${r.weakBelowStrong ? 'yes' : 'NO'}`);
    }
  }
}

const serialise = (): string => `${JSON.stringify(trainReader(CALIBRATION_SET))}\n`;

if (process.argv.includes('--cv')) printCv();
if (process.argv.includes('--check')) {
  const same = readFileSync(READER_MODEL_FILE, 'utf8') === serialise();
  console.log(same ? 'reader model matches the labelled set' : 'reader model is stale: run npm run train:reader');
  if (!same) process.exitCode = 1;
} else {
  writeFileSync(READER_MODEL_FILE, serialise());
  console.log(`wrote ${READER_MODEL_FILE}`);
}
