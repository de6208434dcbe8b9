import { createBuiltinCoach } from '../src/server/coach/builtin/index.js';
import { CALIBRATION_SET } from '../test/fixtures/calibration/index.js';
import { evaluateWith } from '../test/fixtures/calibration/run.js';
const c = createBuiltinCoach();
const counts: Record<string, number> = {};
for (const item of CALIBRATION_SET) {
  const f = await evaluateWith(c, item);
  for (const d of f.dimensions) if (d.score !== null && d.evidence.length === 0) { const k = `${d.key}:${d.score}`; counts[k] = (counts[k] ?? 0) + 1; }
}
console.log(counts);
