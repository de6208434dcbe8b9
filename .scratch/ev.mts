import { createBuiltinCoach, buildProfile } from '/work/main/src/server/coach/builtin/index.js';
import { readFileSync } from 'node:fs';
const c = createBuiltinCoach();
const p = buildProfile(readFileSync('/work/main/test/fixtures/samples/resume.md','utf8'), readFileSync('/work/main/test/fixtures/samples/jd.md','utf8'));
const answer = 'At Ledgerly our invoice disputes were climbing, and I was asked to fix billing. I proposed moving the billing service to event sourcing, wrote the design, and I migrated the three highest-volume flows myself over six weeks. Disputes fell by 38% in the next quarter, and I learned to ship the migration behind a flag so we could roll back safely.';
for (const q of [{text:'Tell me about a time you led a migration.', category:'behavioral', competency:'leadership'},{text:'How would you design an idempotent payments API?', category:'technical', competency:'system design'}] as const) {
const f = await c.evaluate({ question: q, answer, persona: 'helpful', profile: p, snippets: [] });
console.log(f.overall, f.dimensions.map(d => `${d.key}:${d.score}:${d.evidence.length}`).join(' '));
}
