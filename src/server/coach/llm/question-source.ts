/**
 * A generated question's source is shown as a quote ("From the job
 * description: “…”"), so it must be one: text the model says it took from the
 * resume, the job description or a story has to be in what was sent.
 */
import type { QuestionSource } from '../../../shared/domain.js';
import type { QuestionRequest } from '../coach.js';
import { jobText, resumeText } from './context.js';
import { normaliseForMatch } from './evidence.js';
import { nearlyOccurs } from './fuzzy.js';

type QuotedKind = 'resume' | 'job_description' | 'work_history';
export type SourceDocs = Record<QuotedKind, string>;

/** The documents a questions request sent, normalised once for every question of the reply. */
export function sourceDocs(req: QuestionRequest): SourceDocs {
  return {
    resume: normaliseForMatch(resumeText(req.profile)),
    job_description: normaliseForMatch(jobText(req.profile)),
    work_history: normaliseForMatch(req.snippets.map((s) => s.text).join('\n')),
  };
}

const GENERIC: QuestionSource = { kind: 'bank', text: '' };
const isQuoted = (kind: QuestionSource['kind']): kind is QuotedKind => kind === 'resume' || kind === 'job_description' || kind === 'work_history';

/**
 * The source as the user may see it: kept when its text is (nearly) in the
 * document it names; moved to the document that does hold it when the model
 * named the wrong one; otherwise generic, with no quote at all. Bank and
 * custom sources quote nothing and pass unchanged.
 */
export function groundSource(source: QuestionSource, docs: SourceDocs): QuestionSource {
  const text = source.text.trim();
  if (!isQuoted(source.kind) || !text) return { kind: source.kind, text };
  if (nearlyOccurs(text, docs[source.kind])) return { kind: source.kind, text };
  const found = (Object.keys(docs) as QuotedKind[]).find((k) => nearlyOccurs(text, docs[k]));
  return found ? { kind: found, text } : GENERIC;
}
