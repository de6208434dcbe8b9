/**
 * Competencies the built-in coach knows, each with the words an on-topic
 * answer tends to use. Relevance looks for these (plus the question's own
 * words), so a strong story about the wrong thing is recognised as such.
 */

export interface Competency {
  label: string;
  /** Regex source alternatives (matched case-insensitively at word starts). */
  terms: string;
}

const C = (label: string, terms: string): Competency => ({ label, terms });

export const COMPETENCIES: Record<string, Competency> = {
  leadership: C('Leadership', 'tech lead|camps?|one plan|made the call|agree\\w*|proposal\\w*|align\\w*|led|lead(?:ing)?|leader\\w*|rall\\w+|vision|direction|delegat\\w+|motivat\\w+|set the (?:goal|direction)|align\\w* the team|owned the plan|took charge|stepped up|team of \\d+|my team'),
  conflict: C('Handling conflict', 'disagree\\w*|conflict\\w*|push(?:ed)? back|pushback|tension\\w*|argu\\w+|object\\w+|convinc\\w+|compromis\\w+|friction|debat\\w+|clash\\w*|frustrat\\w+|different (?:view|opinion|perspective|approach)\\w*|common ground|heated|resolv\\w+|mediat\\w+|escalat\\w+|his (?:view|concern)|her (?:view|concern)|their (?:view|concern)\\w*|one-on-one|1:1|face to face'),
  failure: C('Learning from failure', 'underestimat\\w+|overcommit\\w+|late\\b|slipp\\w+|miss\\w*|fail\\w*|mistake\\w*|wrong|missed|broke|outage\\w*|error\\w*|regret\\w*|learn\\w+|lesson\\w*|post-?mortem|my fault|own(?:ed)? (?:it|the mistake)|apologi\\w+|should have|shouldn\'t have|root cause|blameless|screwed up|dropped the ball'),
  collaboration: C('Collaboration', 'collaborat\\w+|partner\\w*|together|cross-functional|pair\\w*|aligned|alignment|shared|jointly|design(?:er|ers)|product manager|stakeholder\\w*|other teams?|worked with|helped (?:them|him|her)|handoff|sync\\w*'),
  influence: C('Influence without authority', 'suggest\\w*|sceptic\\w*|present\\w*|adopt\\w*|convinc\\w+|persuad\\w+|influenc\\w+|buy-?in|got (?:them|him|her|the team) to|proposal|pitch\\w*|data to show|prototype|demo\\w*|won over|agreed to|sign(?:ed)?-?off|champion\\w*|no authority|didn\'t report to|skeptic\\w*|brought (?:them|him|her) round|made the case'),
  prioritization: C('Prioritisation', 'most important|blocking|sort\\w*|to-?do list|priorit\\w+|trade-?off\\w*|deadline\\w*|urgent|urgency|too much|competing|overloaded|juggl\\w+|impact versus effort|cost of delay|backlog|cut scope|descop\\w+|said no|saying no|push(?:ed)? back on|defer\\w*|triag\\w+|sequenc\\w+|capacity|bandwidth|must-have|ranked|rank\\w*|in the same week|at the same time|moved the|delegat\\w+|gave (?:one|it|the)'),
  ownership: C('Ownership', 'noticed|decided to|fix\\w*|nobody|no one|out of date|broken|own\\w*|took responsibility|responsib\\w+|on the hook|end to end|end-to-end|nobody (?:else )?(?:owned|was)|stepped in|volunteer\\w*|initiative|followed through|accountab\\w+|without being asked|took it on'),
  communication: C('Communication', 'explain\\w*|communicat\\w+|present\\w*|wrote|writ\\w+|document\\w*|audience|non-?technical|simplif\\w+|analog\\w+|diagram\\w*|update\\w*|email\\w*|memo|slides?|clear\\w*|listen\\w*|questions'),
  ambiguity: C('Dealing with ambiguity', 'ambigu\\w+|unclear|uncertain\\w*|nobody knew|no one knew|no-one knew|(?:was|were)(?: not|n.?t) clear|no (?:guidance|precedent|playbook)|gr[ae]y area|unknown\\w*|vague|no spec|assum\\w+|hypothes\\w+|clarif\\w+|figure\\w* out|discover\\w*|explor\\w+|iterat\\w+|small experiment|first version|mvp|pivot\\w*|changing requirements|shifting'),
  customer_focus: C('Customer focus', 'customer\\w*|user\\w*|client\\w*|merchant\\w*|patient\\w*|feedback|complain\\w*|support ticket\\w*|churn\\w*|nps|satisf\\w+|interview\\w*|pain point\\w*|their problem|on behalf of'),
  problem_solving: C('Problem solving', 'problem\\w*|root cause|diagnos\\w+|debug\\w*|investigat\\w+|hypothes\\w+|narrow\\w* (?:it )?down|isolat\\w+|analy\\w+|broke (?:it|the problem) down|reproduc\\w+|bisect\\w*|data showed|figured out'),
  mentoring: C('Developing others', 'mentor\\w*|coach\\w*|taught|teach\\w*|grow\\w*|career|promot\\w+|feedback|onboard\\w*|pair\\w*|junior\\w*|1:1|one-on-one|confidence|stretch|delegat\\w+|sponsor\\w*|develop(?:ed|ing)? (?:him|her|them)'),
  decision_making: C('Decision making', 'decid\\w+|decision\\w*|chose|choice|option\\w*|weigh\\w*|trade-?off\\w*|criteria|reversible|data|evidence|risk\\w*|commit\\w*|alternative\\w*|pros and cons|judgement|judgment'),
  stakeholder_management: C('Stakeholder management', 'stakeholder\\w*|expectation\\w*|exec\\w*|leadership|sponsor\\w*|update\\w*|status|escalat\\w+|align\\w*|negotiat\\w+|legal|finance|sales|director|vp|client\\w*|sign-?off|buy-?in'),
  feedback: C('Receiving feedback', 'feedback|criticis\\w+|critique|told me|pointed out|review\\w*|blind spot|defensive|took it|changed (?:how|my)|improv\\w+|listen\\w*|asked for|manager said|heard'),
  initiative: C('Initiative', 'initiative|noticed|on my own|nobody asked|without being asked|proposed|volunteer\\w*|side project|prototype\\w*|spotted|started|kicked off|hack\\w*|pitched|self-?started|took it on'),
  learning: C('Learning quickly', 'learn\\w*|new to|never used|ramp\\w* up|get up to speed|read|course|documentation|docs|tutorial|paired|practic\\w+|weeks?|days|studied|asked|mentor|first time|unfamiliar|picked up'),
  pressure: C('Working under pressure', 'pressure|deadline\\w*|tight|urgent|overnight|weekend|crunch|stress\\w*|calm|incident|outage|launch|hours|time-?box\\w*|cut scope|triag\\w+|late'),
  integrity: C('Integrity', 'ethic\\w*|integrity|honest\\w*|right thing|refus\\w+|raised (?:it|a concern|the issue)|flagg\\w+|transparen\\w+|disclos\\w+|compliance|privacy|legal|pressure to|uncomfortable|whistle|report\\w*'),
  delivery: C('Delivering results', 'push the date|move the date|the date|cut (?:some )?features|behind|catch up|re-?plan\\w*|estimat\\w+|deliver\\w*|ship\\w*|launch\\w*|deadline\\w*|on time|milestone\\w*|scope|plan\\w*|execut\\w+|track\\w*|unblock\\w*|risk\\w*|released|went live|completed|finish\\w*'),
  innovation: C('Innovation', 'idea\\w*|new approach|creativ\\w+|prototype\\w*|experiment\\w*|invent\\w*|novel|reimagin\\w+|rethink\\w*|hack\\w*|first of its kind|pilot\\w*|tried'),
  motivation: C('Motivation and fit', 'because|excit\\w+|interest\\w*|mission|product|team|role|company|grow\\w*|learn\\w*|impact|customers?|values?|problem space|why|drawn|care about|passion\\w*|love|next step|career'),
  self_awareness: C('Self-awareness', 'weakness\\w*|strength\\w*|improv\\w+|working on|feedback|tend to|struggle\\w*|habit\\w*|blind spot|better at|used to|learn\\w*|realis\\w+|realiz\\w+|now i'),
  system_design: C('System design', 'service\\w*|api\\w*|database\\w*|cache\\w*|queue\\w*|shard\\w*|replica\\w*|partition\\w*|load balanc\\w+|throughput|latency|scal\\w+|consisten\\w+|availab\\w+|storage|schema|index\\w*|read\\w*|write\\w*|request\\w*|traffic|region\\w*|component\\w*|architect\\w*'),
  debugging: C('Debugging', 'debug\\w*|log\\w*|trace\\w*|metric\\w*|reproduc\\w+|root cause|bisect\\w*|hypothes\\w+|profil\\w+|stack trace|dashboard\\w*|alert\\w*|rollback|roll(?:ed)? back|narrow\\w*|isolat\\w+|breakpoint\\w*|flame ?graph'),
  data_modeling: C('Data modelling', 'schema\\w*|table\\w*|column\\w*|index\\w*|normali[sz]\\w+|denormali[sz]\\w+|foreign key\\w*|primary key\\w*|relation\\w*|migration\\w*|entity|entities|query|queries|join\\w*|constraint\\w*|document\\w*|partition\\w*'),
  scalability: C('Scalability', 'scal\\w+|throughput|load|traffic|shard\\w*|partition\\w*|horizontal\\w*|vertical\\w*|bottleneck\\w*|cache\\w*|queue\\w*|replica\\w*|concurren\\w+|rps|qps|per second|capacity|autoscal\\w+'),
  reliability: C('Reliability and incidents', 'incident\\w*|outage\\w*|on-?call|page\\w*|alert\\w*|slo\\w*|sla\\w*|uptime|availab\\w+|rollback|roll(?:ed)? back|postmortem|post-mortem|runbook\\w*|mitigat\\w+|failover|redundan\\w+|retry|retries|timeout\\w*|circuit breaker'),
  testing: C('Testing and quality', 'test\\w*|coverage|flak\\w+|regression\\w*|qa|quality|bug\\w*|defect\\w*|ci|pipeline|contract\\w*|integration|unit|end-to-end|e2e|mock\\w*|fixture\\w*|review\\w*'),
  performance: C('Performance', 'stale|ttl\\w*|invalidat\\w+|hit rate|fresh\\w*|cdn|latenc\\w+|perform\\w+|slow\\w*|fast\\w*|profil\\w+|p9\\d|p50|cpu|memory|cache\\w*|index\\w*|query|queries|optimi[sz]\\w+|bottleneck\\w*|ms\\b|milliseconds|seconds|load time|throughput|n\\+1'),
  security: C('Security', 'secur\\w+|auth\\w*|token\\w*|encrypt\\w+|secret\\w*|vulnerab\\w+|permission\\w*|access control|least privilege|injection|xss|csrf|threat\\w*|audit\\w*|pii|privacy|attack\\w*|patch\\w*|cve\\w*'),
  api_design: C('API design', 'api\\w*|endpoint\\w*|rest\\w*|graphql|grpc|version\\w*|backward\\w*|compatib\\w+|contract\\w*|pagination|paginat\\w+|idempoten\\w+|status code\\w*|schema\\w*|client\\w*|rate limit\\w*|deprecat\\w+'),
  code_quality: C('Code quality', 'refactor\\w*|readab\\w+|maintain\\w*|technical debt|tech debt|review\\w*|test\\w*|modular\\w*|naming|abstraction\\w*|duplicat\\w+|simpl\\w+|complexity|legacy|clean'),
  data_analysis: C('Data analysis', 'data|analys\\w+|analy[sz]\\w+|sql|query|queries|dashboard\\w*|metric\\w*|cohort\\w*|segment\\w*|funnel\\w*|statistic\\w*|significan\\w+|sample|correlat\\w+|trend\\w*|insight\\w*'),
  product_sense: C('Product sense', 'user\\w*|customer\\w*|problem|need\\w*|metric\\w*|success|goal\\w*|mvp|roadmap|priorit\\w+|feature\\w*|experiment\\w*|adoption|retention|engagement|trade-?off\\w*|persona\\w*|jobs to be done'),
  experimentation: C('Experimentation', 'experiment\\w*|a/b|ab test\\w*|hypothes\\w+|control|variant\\w*|significan\\w+|sample size|metric\\w*|guardrail\\w*|rollout|feature flag\\w*|uplift|baseline'),
  technical_depth: C('Technical depth', 'because|under the hood|internals|algorithm\\w*|complexity|memory|thread\\w*|lock\\w*|transaction\\w*|isolation|garbage|compil\\w+|protocol\\w*|kernel|runtime|trade-?off\\w*|benchmark\\w*'),
};

const compiled = new Map<string, RegExp>();

/** The compiled matcher for a competency key, or null when the coach does not know it. */
export function competencyMatcher(key: string): RegExp | null {
  const c = COMPETENCIES[normaliseCompetency(key)];
  if (!c) return null;
  let re = compiled.get(c.label);
  if (!re) {
    re = new RegExp(`(?<![a-z])(?:${c.terms})`, 'gi');
    compiled.set(c.label, re);
  }
  return re;
}

/** Map free-text competency names ("Conflict resolution", "system-design") onto known keys. */
export function normaliseCompetency(key: string): string {
  const k = key.toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, '');
  if (COMPETENCIES[k]) return k;
  for (const [id, c] of Object.entries(COMPETENCIES)) {
    const label = c.label.toLowerCase();
    if (k.includes(id) || label.includes(k.replace(/_/g, ' ')) || k.replace(/_/g, ' ').includes(label)) return id;
  }
  const first = k.split('_')[0] ?? '';
  for (const id of Object.keys(COMPETENCIES)) if (first.length > 3 && id.startsWith(first.slice(0, 5))) return id;
  return k;
}

/** Display label of a competency key. */
export function competencyLabel(key: string): string {
  return COMPETENCIES[normaliseCompetency(key)]?.label ?? key;
}
