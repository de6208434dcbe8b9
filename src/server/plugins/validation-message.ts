/**
 * Request-validation failures in words a user can act on. The route schemas
 * are zod; fastify-type-provider-zod hands the issues over as `err.validation`
 * (keyword = the zod issue code, params = the issue's details). A message the
 * schema's author wrote is kept; zod's own English ("Too big: expected string
 * to have <=120 characters") is replaced by a sentence naming the field and
 * what to do ("The name is too long: keep it to 120 characters or fewer.").
 */

/** One validation issue as Fastify passes it to the error handler. */
export interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** zod's built-in messages start like this; anything else was written for the user. */
const ZOD_DEFAULT = /^(?:Invalid (?:input|option|string|number|key|value|discriminator|[a-z]+$)|Too (?:big|small):|Unrecognized keys?:)/;

/** Field names as a user would say them (the noun phrase that starts a sentence). */
const FIELD_NAMES: Record<string, string> = {
  name: 'the name',
  persona: 'the coach persona',
  difficulty: 'the difficulty',
  questionType: 'the question type',
  text: 'the text',
  tags: 'the tags',
  count: 'the number of questions',
  hint: 'the focus',
  q: 'the search',
  k: 'the number of results',
  limit: 'the page size',
  offset: 'the page offset',
  model: 'the model',
  voice: 'the voice',
  version: 'the version',
  questionId: 'the question',
  source: 'the source',
  reuseQuestions: 'the choice of questions',
  durationSeconds: 'the duration',
};

/** "the name" for ["name"], "each tag" for ["tags", 3], `the "exportedAt" field` otherwise. */
export function fieldName(path: readonly string[]): string {
  const named = [...path].reverse().find((p) => !/^\d+$/.test(p));
  if (named === undefined) return 'the request';
  const inList = /^\d+$/.test(path.at(-1) ?? '');
  if (inList && named === 'tags') return 'each tag';
  if (inList) return `each item of "${named}"`;
  return FIELD_NAMES[named] ?? `the "${path.join('.')}" field`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string): string => capitalise(s.trim()).replace(/([^.!?])$/, '$1.');
const num = (v: unknown): string => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : '?');

function tooBig(field: string, params: Record<string, unknown>): string {
  const max = num(params.maximum);
  // One of a list was too long: name it as one ("A tag is too long"), not as all of them.
  if (params.origin === 'string' && field === 'each tag') return `A tag is too long: keep each tag to ${max} characters or fewer.`;
  if (params.origin === 'string') return `${capitalise(field)} is too long: keep it to ${max} characters or fewer.`;
  if (params.origin === 'array' || params.origin === 'set') return `${capitalise(field)} has too many entries: keep it to ${max} or fewer.`;
  return `${capitalise(field)} is too large: use ${max} or less.`;
}

function tooSmall(field: string, params: Record<string, unknown>): string {
  const min = num(params.minimum);
  if (params.origin === 'string') return min === '1' ? `Write ${field} first.` : `${capitalise(field)} is too short: write at least ${min} characters.`;
  if (params.origin === 'array' || params.origin === 'set') return `Add at least ${min} to ${field}.`;
  return `${capitalise(field)} is too small: use ${min} or more.`;
}

function oneOf(field: string, params: Record<string, unknown>): string {
  const values = Array.isArray(params.values) ? params.values.map(String) : [];
  if (values.length === 1) return `${capitalise(field)} must be "${values[0]}".`;
  return values.length > 0 ? `${capitalise(field)} must be one of: ${values.join(', ')}.` : `${capitalise(field)} is not one of the allowed values.`;
}

function wrongType(field: string, params: Record<string, unknown>, path: readonly string[], message: string): string {
  if (path.length === 0) return 'Send a JSON object in the request body.';
  return /received undefined$/.test(message) ? `${capitalise(field)} is missing.` : `${capitalise(field)} has the wrong type (expected ${String(params.expected ?? 'another type')}).`;
}

function unknownKeys(params: Record<string, unknown>): string {
  const keys = Array.isArray(params.keys) ? params.keys.map(String) : [];
  const one = keys.length === 1;
  return `Remove ${one ? 'the field' : 'the fields'} ${keys.map((k) => `"${k}"`).join(', ')}: the request does not take ${one ? 'it' : 'them'}.`;
}

type Describe = (field: string, params: Record<string, unknown>, path: readonly string[], message: string) => string;

/** One sentence per zod issue code; anything else is "not valid". */
const BY_KEYWORD: Record<string, Describe> = {
  too_big: (field, params) => tooBig(field, params),
  too_small: (field, params) => tooSmall(field, params),
  invalid_value: (field, params) => oneOf(field, params),
  invalid_type: wrongType,
  unrecognized_keys: (_field, params) => unknownKeys(params),
  invalid_format: (field) => `${capitalise(field)} is not in the expected format.`,
};

/** One issue as one sentence. */
export function describeIssue(issue: ValidationIssue): string {
  const message = issue.message?.trim() ?? '';
  if (message && !ZOD_DEFAULT.test(message)) return sentence(message);
  const path = (issue.instancePath ?? '').split('/').filter(Boolean);
  const field = fieldName(path);
  const describe = BY_KEYWORD[issue.keyword ?? ''];
  return describe ? describe(field, issue.params ?? {}, path, message) : `${capitalise(field)} is not valid.`;
}

/** The message for a failed validation: the first issue, as a sentence a user can act on. */
export function describeValidationIssues(issues: readonly ValidationIssue[] | undefined, context?: string): string {
  const first = issues?.[0];
  if (!first) return 'The request is not valid.';
  if (context === 'params') return 'That link is not valid. Go back to your sessions and pick one from the list.';
  return describeIssue(first);
}
