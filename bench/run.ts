/**
 * `npm run bench`: runs every bench module and prints median and p99 for
 * each measurement. Modules: `bench/<name>.ts` exporting `run()`. Pass names
 * to run a subset: `npm run bench -- coach api`.
 */
import { existsSync } from 'node:fs';
import type { BenchResult } from './lib.js';

const MODULES = ['coach', 'documents', 'api', 'llm', 'work-history', 'export', 'postgres'];

function fmt(n: number): string {
  return n < 10 ? n.toFixed(2) : n.toFixed(1);
}

function print(mod: string, results: BenchResult[]): void {
  for (const r of results) {
    const extra = r.extra ? '  ' + Object.entries(r.extra).map(([k, v]) => `${k}=${v}`).join(' ') : '';
    const target = r.target ? `  [target ${r.target}]` : '';
    console.log(`${mod.padEnd(13)} ${r.name.padEnd(62)} median ${fmt(r.median)} ${r.unit}  p99 ${fmt(r.p99)} ${r.unit}${target}${extra}`);
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const mods = wanted.length > 0 ? wanted : MODULES;
  console.log(`bench on ${process.platform} ${process.arch}, node ${process.version}, ${new Date().toISOString()}`);
  for (const mod of mods) {
    if (!existsSync(new URL(`./${mod}.ts`, import.meta.url))) {
      console.log(`${mod.padEnd(13)} (no bench module)`);
      continue;
    }
    const m = (await import(`./${mod}.js`)) as { run: () => Promise<BenchResult[]> };
    print(mod, await m.run());
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
