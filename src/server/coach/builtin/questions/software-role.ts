/**
 * Is this a software (tech-industry) role? The curated technical bank is all
 * software — memory leaks, caches, p99 latency — and used to fill the technical
 * slots of a hospital pharmacist's or a warehouse lead's session. The answer is
 * read from the profile: the target job's title, and the software tools the job
 * description (or, without one, the resume) names.
 */
import type { Profile } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';

/** Titles that are software work whatever else the documents say. */
const SOFTWARE_TITLE =
  /\b(?:software|developer|programmer|dev ?ops|sre|site reliability|data (?:scientist|engineer)|machine learning|ml engineer|ai engineer|front[- ]?end|back[- ]?end|full[- ]?stack|web (?:engineer|developer)|(?:ios|android|mobile) (?:engineer|developer)|platform engineer|cloud (?:engineer|architect)|infrastructure engineer|security engineer|qa (?:engineer|automation)|test automation|sdet|engineering manager|tech(?:nical)? lead|cto|(?:solutions|software|data|enterprise) architect)\b/i;

/** Titles that are software work only when the documents also name software tools (a civil engineer is not). */
const MAYBE_SOFTWARE_TITLE = /\b(?:engineer|engineering|analyst|architect|product (?:manager|owner)|designer|scientist|technical|technology|data|tester)\b/i;
/** "IT" only in capitals: "it" is a word. */
const IT_TITLE = /\bIT\b/;

/**
 * Lexicon terms that mean software work. Words that are also plain English or
 * another field's acronym are left out: "react to alerts", "spark curiosity",
 * "Go the extra mile", GCP (Good Clinical Practice), CI (continuous improvement),
 * ML (millilitres), "mobile", "testing" (blood testing).
 */
const SOFTWARE_TERMS = new Set(
  [
    'typescript', 'javascript', 'python', 'java', 'kotlin', 'scala', 'c++', 'c#', 'php', 'objective-c', 'elixir', 'haskell', 'sql',
    'node.js', 'vue', 'angular', 'svelte', 'next.js', 'fastify', 'nestjs', 'django', 'flask', 'fastapi', 'rails', '.net',
    'graphql', 'grpc', 'websockets', 'postgresql', 'mysql', 'sqlite', 'mongodb', 'redis', 'cassandra', 'dynamodb', 'elasticsearch',
    'snowflake', 'bigquery', 'redshift', 'kafka', 'rabbitmq', 'sqs', 'airflow', 'dbt', 'hadoop', 'numpy', 'pytorch', 'tensorflow',
    'scikit-learn', 'aws', 'azure', 'ec2', 'docker', 'kubernetes', 'terraform', 'ansible', 'pulumi', 'jenkins', 'github actions',
    'gitlab ci', 'circleci', 'git', 'linux', 'nginx', 'prometheus', 'grafana', 'datadog', 'opentelemetry', 'sentry', 'webpack',
    'vite', 'jest', 'vitest', 'cypress', 'playwright', 'selenium', 'html', 'css', 'microservices', 'nosql', 'event sourcing', 'cqrs',
    'oauth', 'llm', 'distributed systems', 'api design', 'data pipelines', 'devops', 'frontend development', 'backend development',
    'code review',
  ],
);

/**
 * Competencies that only mean something in software work. Outside it they are
 * never given to a question: a pharmacist's progress must not name Debugging
 * or Performance as a weak area.
 */
export const SOFTWARE_COMPETENCIES: ReadonlySet<string> = new Set([
  'debugging', 'performance', 'system_design', 'scalability', 'data_modeling', 'api_design', 'code_quality', 'reliability', 'testing', 'experimentation',
]);

/** How many distinct software terms the text names. */
export function softwareTermCount(text: string): number {
  return findTerms(text).filter((t) => SOFTWARE_TERMS.has(t)).length;
}

/** The text that says what the target job is: the JD's lines, else the resume's. */
function roleText(profile: Profile): string {
  const { job, resume } = profile;
  const jd = [...job.responsibilities, ...job.requirements.map((r) => r.text)];
  if (jd.length > 0) return jd.join('\n');
  return [...resume.roles.flatMap((r) => r.lines), ...resume.skills, ...resume.tools].join('\n');
}

/**
 * True for a software or tech-industry role. The JD's title decides first
 * ("Backend Engineer"; "Engineer" or "Analyst" only with two software tools
 * named); with no title, three software tools do. No documents: not software,
 * so an empty session gets questions any trade can answer.
 */
export function isSoftwareRole(profile: Profile): boolean {
  const title = profile.job.title ?? (profile.job.responsibilities.length + profile.job.requirements.length > 0 ? null : profile.resume.roles[0]?.title) ?? '';
  if (SOFTWARE_TITLE.test(title)) return true;
  const terms = softwareTermCount(roleText(profile));
  if (MAYBE_SOFTWARE_TITLE.test(title) || IT_TITLE.test(title)) return terms >= 2;
  return terms >= 3;
}
