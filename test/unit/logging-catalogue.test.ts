/**
 * docs/logging.md stays true to the code: every log event under src/server is
 * in its catalogue with the same level and fields, every catalogued event is
 * still emitted, and sentences instead of event names are only where listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_NAME, LEVELS, logCallsIn, scanLogCalls, type LogCall } from '../../scripts/lib/log-events.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = readFileSync(path.join(ROOT, 'docs/logging.md'), 'utf8');

interface DocRow {
  cells: string[];
}

/** Table rows of one `## Heading` section of the doc, split into trimmed cells (header and rule rows dropped). */
function sectionRows(heading: string): DocRow[] {
  const start = DOC.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`docs/logging.md has no "## ${heading}" section`);
  const end = DOC.indexOf('\n## ', start + 1);
  const body = DOC.slice(start, end < 0 ? undefined : end);
  const rows = body.split('\n').filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l));
  return rows.slice(1).map((l) => ({ cells: l.slice(1, -1).split('|').map((c) => c.trim()) }));
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

interface DocEvent {
  name: string;
  level: string;
  fields: string[];
  file: string;
}

const docEvents: DocEvent[] = sectionRows('Events').map(({ cells }) => ({
  name: ticked(cells[0] ?? '')[0] ?? '',
  level: (cells[1] ?? '').split(/\s/)[0] ?? '',
  fields: ticked(cells[2] ?? ''),
  file: cells[3] ?? '',
}));
// Sentences logged instead of event names must be listed under this heading; with none left, the section is gone.
const FREE_TEXT = 'Free-text messages (to be renamed)';
const freeTextFiles = DOC.includes(`\n## ${FREE_TEXT}`) ? sectionRows(FREE_TEXT).map(({ cells }) => cells[0] ?? '') : [];

const calls = scanLogCalls(ROOT, 'src/server');
const events = calls.filter((c): c is LogCall & { event: string } => c.event !== null);

describe('the log event scanner', () => {
  it('reads level, event and fields from direct and wrapper calls', () => {
    const src = [
      "request.log.warn({ err, model: m }, 'thing_failed');",
      "deps.logger?.info({ ...extra, n }, 'thing_done');",
      "trace({ event: 'x' }, 'thing_traced');",
      "app.log.error(`free ${text}`);",
      'const f = (obj, msg) => log.warn(obj, msg);',
      "cap(LIMIT, 'not_a_log_call');",
    ].join('\n');
    const found = logCallsIn('x.ts', src).map(({ level, event, computed, fields }) => ({ level, event, computed, fields }));
    expect(found).toEqual([
      { level: 'warn', event: 'thing_failed', computed: null, fields: ['err', 'model'] },
      { level: 'info', event: 'thing_done', computed: null, fields: ['...extra', 'n'] },
      { level: null, event: 'thing_traced', computed: null, fields: ['event'] },
      { level: 'error', event: null, computed: 'free-text', fields: [] },
      { level: 'warn', event: null, computed: 'forwarded', fields: [] },
    ]);
  });
});

describe('docs/logging.md', () => {
  it('finds the events the server is known to emit (the scanner is not blind)', () => {
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['server_ready', 'request_failed', 'request_rejected']));
  });

  it('lists every event the code emits', () => {
    const documented = new Set(docEvents.map((d) => d.name));
    const missing = events.filter((e) => !documented.has(e.event)).map((e) => `${e.event} (${e.file}:${e.line})`);
    expect(missing).toEqual([]);
  });

  it('lists no event the code no longer emits', () => {
    const emitted = new Set(events.map((e) => e.event));
    expect(docEvents.map((d) => d.name).filter((name) => !emitted.has(name))).toEqual([]);
  });

  it('names events in snake_case, once each', () => {
    const names = docEvents.map((d) => d.name);
    expect(names.filter((n) => !EVENT_NAME.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each event the level, file and fields the code uses', () => {
    const wrong: string[] = [];
    for (const e of events) {
      const doc = docEvents.find((d) => d.name === e.event);
      if (!doc) continue; // reported by the "lists every event" test
      if (!(LEVELS as readonly string[]).includes(doc.level)) wrong.push(`${e.event}: level "${doc.level}" is not a pino level`);
      if (e.level && e.level !== doc.level) wrong.push(`${e.event}: code logs at ${e.level}, doc says ${doc.level}`);
      if (doc.file !== e.file) wrong.push(`${e.event}: emitted in ${e.file}, doc says ${doc.file}`);
      const undocumented = e.fields.filter((f) => !f.startsWith('...') && !doc.fields.includes(f));
      if (undocumented.length) wrong.push(`${e.event}: fields not in the doc: ${undocumented.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('allows sentences instead of event names only in the files it lists, and lists only files that still have one', () => {
    const freeText = [...new Set(calls.filter((c) => c.computed === 'free-text').map((c) => c.file))].sort();
    expect(freeText).toEqual([...freeTextFiles].sort());
  });
});
