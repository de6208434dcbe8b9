/**
 * Vocabulary the built-in coach recognises in resumes, job descriptions and
 * answers: tools/technologies and broader skills, each with its aliases.
 * Canonical names are lower-case so resume↔JD matching is a set lookup.
 */

/** [canonical, ...aliases]. An alias starting with "=" is matched case-sensitively. */
const TOOLS: ReadonlyArray<readonly string[]> = [
  ['typescript', 'ts'], ['javascript', 'js', 'ecmascript'], ['python'], ['java'], ['kotlin'], ['scala'],
  ['go', 'golang', '=Go'], ['rust'], ['c++', 'cpp'], ['c#', 'csharp'], ['ruby'], ['php'], ['swift'],
  ['objective-c'], ['elixir'], ['haskell'], ['sql'], ['bash', 'shell scripting'], ['r language', '=R,'],
  ['node.js', 'node', 'nodejs'], ['react', 'react.js', 'reactjs'], ['react native'], ['vue', 'vue.js'],
  ['angular'], ['svelte'], ['next.js', 'nextjs'], ['express', 'express.js'], ['fastify'], ['nestjs'],
  ['django'], ['flask'], ['fastapi'], ['spring', 'spring boot'], ['rails', 'ruby on rails'], ['.net', 'dotnet'],
  ['graphql'], ['rest', 'restful', 'rest api', 'rest apis'], ['grpc'], ['websockets', 'websocket'],
  ['postgresql', 'postgres', 'psql'], ['mysql'], ['sqlite'], ['mongodb', 'mongo'], ['redis'],
  ['cassandra'], ['dynamodb'], ['elasticsearch', 'opensearch'], ['snowflake'], ['bigquery'], ['redshift'],
  ['kafka'], ['rabbitmq'], ['sqs'], ['pub/sub', 'pubsub'], ['spark', 'pyspark'], ['airflow'], ['dbt'],
  ['hadoop'], ['flink'], ['pandas'], ['numpy'], ['pytorch'], ['tensorflow'], ['scikit-learn', 'sklearn'],
  ['aws', 'amazon web services'], ['gcp', 'google cloud'], ['azure'], ['lambda', 'aws lambda'], ['s3'],
  ['ec2'], ['docker', 'containers'], ['kubernetes', 'k8s'], ['helm'], ['terraform'], ['ansible'],
  ['pulumi'], ['jenkins'], ['github actions'], ['gitlab ci'], ['circleci'], ['ci/cd', 'ci', 'continuous integration', 'continuous delivery'],
  ['git'], ['linux'], ['nginx'], ['prometheus'], ['grafana'], ['datadog'], ['opentelemetry'], ['sentry'],
  ['splunk'], ['new relic'], ['jira'], ['confluence'], ['figma'], ['sketch'], ['tableau'], ['looker'],
  ['power bi'], ['excel'], ['salesforce'], ['hubspot'], ['segment'], ['amplitude'], ['mixpanel'],
  ['stripe'], ['webpack'], ['vite'], ['jest'], ['vitest'], ['cypress'], ['playwright'], ['selenium'],
  ['html', 'html5'], ['css', 'css3', 'sass', 'tailwind'], ['ios'], ['android'], ['unity'],
  ['llm', 'llms', 'large language models'], ['openai'], ['microservices', 'microservice'], ['nosql', 'document database', 'document databases', 'document store'], ['relational database', 'relational databases', 'rdbms'],
  ['event sourcing'], ['cqrs'], ['oauth', 'oauth2'], ['sso', 'saml'],
];

/** Broader skills and practices (not tools). */
const SKILLS: ReadonlyArray<readonly string[]> = [
  ['leadership', 'led a team', 'team lead', 'tech lead'], ['mentoring', 'mentored', 'mentor', 'coaching'],
  ['stakeholder management', 'stakeholders', 'stakeholder'], ['communication', 'communicating', 'written communication'],
  ['cross-functional collaboration', 'cross-functional', 'cross functional'], ['project management'],
  ['product management', 'product sense'], ['system design', 'systems design', 'architecture', 'architected'],
  ['distributed systems', 'distributed system'], ['api design', 'apis', 'api'], ['data modeling', 'data modelling', 'schema design'],
  ['machine learning', 'ml'], ['data analysis', 'analytics', 'data analytics'], ['a/b testing', 'experimentation', 'experiments'],
  ['testing', 'unit tests', 'test automation', 'tdd', 'integration tests'], ['code review', 'code reviews'],
  ['incident response', 'incident management', 'on-call', 'on call', 'postmortem', 'post-mortem'],
  ['observability', 'monitoring', 'alerting', 'tracing'], ['performance optimization', 'performance', 'latency', 'profiling'],
  ['security', 'threat modeling', 'appsec'], ['accessibility', 'wcag', 'a11y'], ['agile', 'scrum', 'kanban', 'sprint'],
  ['hiring', 'recruiting', 'interviewing'], ['roadmapping', 'roadmap', 'roadmaps'], ['budgeting', 'budget', 'p&l'],
  ['negotiation', 'negotiated'], ['customer research', 'user research', 'ux research', 'customer interviews'],
  ['prioritization', 'prioritisation', 'prioritizing', 'prioritising'], ['data pipelines', 'etl', 'elt', 'data pipeline'],
  ['cloud infrastructure', 'infrastructure', 'cloud'], ['devops', 'sre', 'site reliability'], ['scalability', 'scaling', 'scale'],
  ['reliability', 'availability', 'uptime', 'slo', 'slos', 'sla'], ['frontend development', 'frontend', 'front-end'],
  ['backend development', 'backend', 'back-end'], ['mobile development', 'mobile'], ['technical writing', 'documentation'],
  ['ux design', 'user experience', 'interaction design', 'ui design'], ['sales', 'b2b sales', 'quota', 'account executive', 'pipeline generation'],
  ['marketing', 'go-to-market', 'gtm', 'brand marketing', 'consumer marketing', 'growth marketing'], ['seo', 'search engine optimization'],
  ['email marketing', 'lifecycle email', 'newsletter', 'newsletters', 'crm'], ['copywriting', 'copy'], ['operations', 'process improvement'], ['compliance', 'gdpr', 'soc 2', 'hipaa'],
  ['payments', 'billing'], ['search', 'ranking', 'relevance tuning'], ['migration', 'migrations', 'migrated'],
  // Clinical trials: the other field's readings of GCP and "product management" (see SHARED).
  ['good clinical practice', 'ich-gcp', 'ich gcp'],
  ['investigational product management', 'investigational product', 'investigational products', 'investigational medicinal product', 'investigational medicinal products', '=IMP'],
];

/**
 * An alias two fields write the same way, told apart by the words around it.
 * `near` is tested on the alias's sentence with the alias written as "§", so it
 * can ask for a word anywhere in the sentence or right beside the alias.
 */
interface SharedAlias {
  alias: string;
  /** The entry the alias means by default. */
  usual: string;
  /** The entry it means among the other field's words; none when the lexicon has no name for that. */
  other?: string;
  /** The other field's words. */
  near: RegExp;
  /** The usual field's words, which keep the usual reading even beside the other field's. */
  unless?: RegExp;
}

/** Words of clinical research and medicines regulation. */
const CLINICAL = /\b(?:ich|clinical|trials?|gxp|gmp|glp|mhra|fda|ema|nihr|irb|ethics|sponsors?|investigators?|investigational|inspections?|pharmacovigilance|pharmac\w+|patients?|medicin\w+|drugs?|tmf|e?crfs?|cras?|cros?|sops?)\b/i;
/** Words that keep GCP a cloud even in a clinical sentence ("a trial data platform on GCP with BigQuery"). */
const CLOUD = /\b(?:google|cloud|bigquery|gke|kubernetes|terraform|aws|azure|compute engine|serverless|buckets?|deploy\w*|devops)\b/i;

/**
 * GCP is Google Cloud in a software JD and Good Clinical Practice beside "ICH",
 * "clinical" or an inspection; "investigational product management" is handling
 * a trial's medicines, not product management; a CRA's "on-site monitoring" is
 * visiting trial sites, not observability.
 */
const SHARED: readonly SharedAlias[] = [
  { alias: 'gcp', usual: 'gcp', other: 'good clinical practice', near: CLINICAL, unless: CLOUD },
  { alias: 'product management', usual: 'product management', other: 'investigational product management', near: /\b(?:investigational|medicinal)\s+§/i },
  { alias: 'monitoring', usual: 'observability', near: /\b(?:on-?site|site|remote|risk-based|clinical|trial|patient)\s+§|§\s+(?:visits?|of\s+(?:patients?|sites?|trials?))\b/i },
];

export interface LexEntry {
  name: string;
  kind: 'tool' | 'skill';
  /** True when the term or one of its aliases occurs in the text. */
  test: (text: string) => boolean;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function boundary(alternatives: string[], flags: string): RegExp | null {
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![A-Za-z0-9.])(?:${alternatives.join('|')})(?![A-Za-z0-9+#])`, flags);
}

/** The sentence around text[start, end), with that span written as "§". */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(...['\n', ';', '!', '?', '. '].map((c) => before.lastIndexOf(c))) + 1;
  const rest = text.slice(end).search(/[\n;!?]|\.(?:\s|$)/);
  return `${before.slice(from)}§${rest < 0 ? text.slice(end) : text.slice(end, end + rest)}`;
}

/** Whether each occurrence of the shared alias in text is the other field's (true) or the usual one's (false). */
function readings(text: string, shared: SharedAlias): boolean[] {
  return [...text.matchAll(boundary([escape(shared.alias)], 'gi')!)].map((m) => {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    return shared.near.test(sentence) && !(shared.unless?.test(sentence) ?? false);
  });
}

/** The entry's test for the shared aliases it takes part in: an occurrence read as this entry's. */
function sharedTest(name: string): ((text: string) => boolean) | null {
  const mine = SHARED.filter((s) => s.usual === name || s.other === name);
  if (mine.length === 0) return null;
  return (text) => mine.some((s) => readings(text, s).some((other) => other === (s.other === name)));
}

function build(list: ReadonlyArray<readonly string[]>, kind: LexEntry['kind']): LexEntry[] {
  return list.map((names) => {
    // A shared alias is read through its context, never on its own.
    const own = names.filter((n) => !SHARED.some((s) => s.usual === names[0] && s.alias === n));
    const ci = boundary(own.filter((n) => !n.startsWith('=')).map(escape), 'i');
    // Case-sensitive aliases ("Go") are kept apart so "go to" is not the language.
    const cs = boundary(own.filter((n) => n.startsWith('=')).map((n) => escape(n.slice(1))), '');
    const shared = sharedTest(names[0]!);
    const test = (text: string): boolean => (ci?.test(text) ?? false) || (cs?.test(text) ?? false) || (shared?.(text) ?? false);
    return { name: names[0]!, kind, test };
  });
}

export const LEXICON: readonly LexEntry[] = [...build(TOOLS, 'tool'), ...build(SKILLS, 'skill')];

/** Canonical names of lexicon entries that occur in `text`. */
export function findTerms(text: string, kind?: LexEntry['kind']): string[] {
  const out: string[] = [];
  for (const e of LEXICON) {
    if (kind && e.kind !== kind) continue;
    if (e.test(text)) out.push(e.name);
  }
  return out;
}

const BY_NAME = new Map(LEXICON.map((e) => [e.name, e]));

/** True when the canonical term (or one of its aliases) occurs in text. */
export function hasTerm(text: string, name: string): boolean {
  const e = BY_NAME.get(name);
  if (e) return e.test(text);
  return new RegExp(`(?<![a-z0-9])${escape(name)}(?![a-z0-9])`, 'i').test(text);
}

export function isKnownTool(name: string): boolean {
  return BY_NAME.get(name.toLowerCase())?.kind === 'tool';
}
