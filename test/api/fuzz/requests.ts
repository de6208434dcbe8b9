/**
 * Random requests across every route in the app's OpenAPI document (plus
 * unknown paths and wrong methods), with hostile params, queries, bodies,
 * content types, cookies and Range headers.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { fromSchema, type JsonSchema } from './schema.js';
import { BAD_JSON, encode, multipartJunk, oddString, segment } from './values.js';

export interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/sessions/{id}/answers */
  path: string;
  body?: JsonSchema;
  query: string[];
}

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; parameters?: { in: string; name: string }[] }>>;
}

/** Every operation the OpenAPI document lists. */
export function operationsOf(spec: unknown): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries((spec as OpenApi).paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      ops.push({ method: method.toUpperCase(), path, body: op.requestBody?.content?.['application/json']?.schema, query });
    }
  }
  return ops;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'multipart/form-data',
  'application/vnd.api+json',
  'text/html; charset=\u00e9',
];
const RANGES = ['bytes=0-10', 'bytes=abc', 'bytes=999999999-', 'bytes=-0', 'bytes=5-1', 'bytes=0-1,3-4', 'items=0-1', 'bytes=-99999999999999999999'];

/**
 * What the fuzzer knows about the world: real ids (so requests reach deep code)
 * and cookies. Requests carry placeholder tokens (`idToken(i)`), replaced with
 * `ids[i]` when sent, so the test can re-seed the world after the fuzzer deletes it.
 */
export interface FuzzWorld {
  ids: string[];
  /** cookies[0] is the seeded owner's; the rest are another owner's and junk. */
  cookies: string[];
}

/** The placeholder for world.ids[i]. */
export const idToken = (i: number): string => `~ID${i}~`;

/** Replace id placeholders in a URL or body with the current real ids. */
export function resolveIds<T extends string | Buffer | undefined>(value: T, ids: string[]): T {
  if (typeof value !== 'string') return value;
  return value.replace(/~ID(\d+)~/g, (_m, i: string) => ids[Number(i)] ?? 'missing') as T;
}

type Body = { payload?: string | Buffer; type?: string };

/** `arb` with probability `p`, else undefined. */
function sometimes<T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | undefined> {
  const w = Math.round(p * 100);
  return fc.oneof({ weight: w, arbitrary: arb }, { weight: 100 - w, arbitrary: fc.constant(undefined) });
}

function bodyFor(op: Operation, known: string[]): fc.Arbitrary<Body> {
  const json = (v: fc.Arbitrary<unknown>) => v.map((value) => ({ payload: JSON.stringify(value) ?? 'null', type: 'application/json' }));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Body>({}) },
    { weight: 6, arbitrary: json(fromSchema(op.body ?? { type: 'object' }, known)) },
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 3 })) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_JSON).map((payload) => ({ payload, type: 'application/json' })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((b) => ({ payload: Buffer.from(b), type: 'application/octet-stream' })) },
    { weight: 2, arbitrary: multipartJunk.map(({ body, type }) => ({ payload: body, type })) },
    { weight: 1, arbitrary: oddString.map((payload) => ({ payload, type: 'text/plain' })) },
  );
}

function queryFor(op: Operation): fc.Arbitrary<string> {
  const keys = fc.constantFrom(...op.query, 'format', 'confirm', 'limit', 'q', 'x', '__proto__');
  const values = fc.oneof(fc.constantFrom('true', 'pdf', 'json', 'md', '0', '-1', '1e9', '100000'), oddString.filter((s) => s.length < 3000).map(encode));
  return fc
    .array(fc.tuple(keys, values), { maxLength: 4 })
    .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${encode(k)}=${v}`).join('&')}`));
}

/**
 * The world.ids position that fits a path slot: FuzzWorld.ids is ordered
 * [session, question, question, answer, snippet, other owner's session, voice, kind].
 */
function preferredFor(path: string, slot: string): number[] {
  if (slot === '{questionId}') return [1, 2];
  if (slot === '{answerId}') return [3];
  if (slot === '{voice}') return [6];
  return path.startsWith('/api/work-history') ? [4] : [0, 0, 0, 5];
}

function requestFor(op: Operation, world: FuzzWorld): fc.Arbitrary<InjectOptions & { label: string }> {
  const slots = op.path.match(/\{[^}]+\}/g) ?? [];
  const tokens = world.ids.map((_id, i) => idToken(i));
  const slotValue = (slot: string) =>
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...preferredFor(op.path, slot).map(idToken)) }, { weight: 1, arbitrary: segment(tokens) });
  return fc
    .record({
      segments: fc.tuple(...slots.map(slotValue)),
      query: queryFor(op),
      body: bodyFor(op, tokens),
      method: fc.oneof({ weight: 8, arbitrary: fc.constant(op.method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
      type: sometimes(fc.constantFrom(...CONTENT_TYPES), 0.15),
      // Mostly the seeded owner (cookies[0]), so requests reach their data; sometimes another owner, junk or none.
      cookie: fc.oneof(
        { weight: 8, arbitrary: fc.constant(world.cookies[0]) },
        { weight: 2, arbitrary: fc.constantFrom(...world.cookies.slice(1)) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      range: sometimes(fc.constantFrom(...RANGES), 0.15),
      origin: sometimes(fc.constantFrom('https://evil.example', 'null', 'http://localhost:80'), 0.05),
    })
    .map((r) => {
      let i = 0;
      const url = op.path.replace(/\{[^}]+\}/g, () => r.segments[i++] ?? 'x') + r.query;
      const headers: Record<string, string> = {};
      const type = r.type ?? r.body.type;
      if (type) headers['content-type'] = type;
      if (r.cookie) headers.cookie = r.cookie;
      if (r.range) headers.range = r.range;
      if (r.origin) headers.origin = r.origin;
      const hasBody = r.body.payload !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
      return { method: r.method as InjectOptions['method'], url, headers, payload: hasBody ? r.body.payload : undefined, label: `${r.method} ${op.path}` };
    });
}

/** Paths the router does not know, for the not-found handler. */
const unknownPaths: fc.Arbitrary<InjectOptions & { label: string }> = fc
  .tuple(fc.constantFrom(...METHODS), fc.array(oddString.filter((s) => s.length < 200).map(encode), { minLength: 1, maxLength: 4 }))
  .map(([method, parts]) => ({ method, url: `/api/${parts.join('/')}`, label: `${method} /api/<unknown>` }));

/** A request to any route (weighted evenly across operations), or to an unknown path. */
export function anyRequest(ops: Operation[], world: FuzzWorld): fc.Arbitrary<InjectOptions & { label: string }> {
  return fc.oneof({ weight: 12, arbitrary: fc.oneof(...ops.map((op) => requestFor(op, world))) }, { weight: 1, arbitrary: unknownPaths });
}
