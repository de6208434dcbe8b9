/**
 * Built-in coach speed: profile extraction for a two-page resume + JD,
 * question generation, and evaluating a 300-word answer.
 * Targets: profile < 50 ms median; questions < 20 ms; evaluate < 10 ms median, < 25 ms p99.
 */
import { buildProfile, createBuiltinCoach } from '../src/server/coach/builtin/index.js';
import { evaluate } from '../src/server/coach/builtin/evaluate.js';
import { generateQuestions } from '../src/server/coach/builtin/questions.js';
import { type BenchResult, measure } from './lib.js';

const EMPLOYERS = ['Lumen Freight', 'Parcelwise', 'Kestrel Analytics', 'Harbour Systems', 'Northgate Bank', 'Tidewater Labs'];
const BULLETS = [
  'Led the move to event sourcing for the shipment ledger, cutting reconciliation errors by 38%',
  'Designed a Kafka-based outbox that handles 12,000 events per second at peak',
  'Mentored 4 engineers; two were promoted within a year',
  'Rewrote the pricing service in TypeScript, reducing p95 latency from 900 ms to 160 ms',
  'Introduced contract tests between 6 services, halving integration incidents',
  'Ran the on-call rotation for the payments API and wrote the incident runbook still in use',
  'Partnered with finance to build the revenue model used in board reporting',
];

/** About two pages of resume text (≈ 900 words) in the usual shape. */
export function twoPageResume(): string {
  const roles = EMPLOYERS.map((e, i) => {
    const bullets = BULLETS.map((b) => `• ${b.replace('the ', i % 2 ? 'our ' : 'the ')}`).join('\n');
    return `${i === 0 ? 'Staff' : 'Senior'} Software Engineer | ${e} | Jan ${2022 - i * 2} – ${i === 0 ? 'Present' : `Dec ${2023 - i * 2}`}\n${bullets}`;
  });
  return `Sam Ortega\nsam@example.com | +44 20 7946 0000\n\nSUMMARY\nBackend engineer focused on reliable event-driven systems. Twelve years building logistics, payments and data platforms; happiest when a system is boring in production and the team that runs it sleeps through the night. I lead design reviews, mentor engineers and own on-call for the services I build.\n\nSELECTED ACHIEVEMENTS\n• Cut cloud spend by 31% in one year by right-sizing Kubernetes workloads and retiring 40 idle services\n• Built the shipment tracking API used by 2,000 merchants, with 99.95% availability over three years\n• Hired and onboarded 9 engineers across two teams\n• Wrote the incident review process now used across the engineering organisation\n\nEXPERIENCE\n${roles.join('\n')}\n\nPROJECTS\nRoutekit — open-source route planner in Go used by 40 companies\nLedgerlint — a linter for accounting event schemas\n\nSKILLS\nLanguages: TypeScript, Go, Python, SQL\nTools: PostgreSQL, Kafka, Redis, Docker, Kubernetes, Terraform, Grafana, AWS\nPractices: system design, mentoring, incident response, code review\n\nEDUCATION\nBSc Computer Science, University of Leeds, 2008 – 2012\nPage 1 of 2\nSam Ortega\nPage 2 of 2\n`;
}

export const BENCH_JD = `Senior Backend Engineer — Northwind Logistics
About Northwind Logistics
We move parcels for 2,000 small shops across Europe.
What you'll do:
- Design and operate event-driven services in TypeScript on Kubernetes
- Lead technical design reviews and mentor engineers
- Work with product and operations to prioritise reliability work
- Own on-call and incident response for the routing platform
Requirements:
- 5+ years of backend development experience
- Strong TypeScript or Go
- Experience with Kafka or another event streaming platform
- PostgreSQL data modeling at scale
- Experience with GraphQL APIs
Nice to have:
- Terraform and AWS
- Experience with machine learning for route optimisation
`;

/** A 300-word behavioural answer. */
export const ANSWER_300 = `When I became tech lead for the routing team at Lumen Freight, half the team wanted to rewrite the route planner in Go and the other half wanted to keep improving the Python version. Delivery dates were slipping while we argued, and our largest customer had complained twice about late plans. I owned getting us to one plan within two weeks. I asked each camp to write a one-page proposal with cost, risk and what it would fix, and I set a rule that we would judge them on one metric: time to plan a 500-stop route. I ran a half-day session where we scored both proposals together, with the product manager in the room so that customer impact was part of the discussion. I made the call to keep Python but rewrite the two hottest modules in Go as a library, which gave both camps something they cared about and kept the risk contained. I paired with the most sceptical engineer on the first module so that the approach had a champion on both sides. We set up a benchmark in CI so that every change showed its effect on planning time, and I reviewed the numbers with the team every Friday. Planning time went from 14 seconds to 3 seconds in six weeks, and we shipped the next two releases on time. The customer who had complained renewed their contract for two more years. Since then I start contentious decisions by agreeing the metric before anyone argues for a solution, and I have used the same approach twice more, for our queue migration and for choosing a new observability vendor. It also changed how the team argues: proposals now arrive with a measurement attached.`;

export async function run(): Promise<BenchResult[]> {
  const resume = twoPageResume();
  const profile = buildProfile(resume, BENCH_JD);
  const coach = createBuiltinCoach();
  const question = { text: 'Describe a time you had to get a team moving in one direction when people disagreed about the goal.', category: 'behavioral' as const, competency: 'leadership' };
  const existing = (await coach.generateQuestions({ profile, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 10, existing: [], snippets: [] })).map((q) => q.text);
  const words = ANSWER_300.split(/\s+/).length;
  return [
    await measure(`profile: 2-page resume (${resume.split(/\s+/).length} words) + JD`, () => buildProfile(resume, BENCH_JD), { iterations: 200, target: 'median < 50 ms' }),
    await measure('questions: 10 questions, 10 already in session', () => generateQuestions({ profile, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 10, existing, snippets: [] }), { iterations: 200, target: 'median < 20 ms' }),
    await measure(`evaluate: ${words}-word answer`, () => evaluate({ question, answer: ANSWER_300, persona: 'helpful', profile, snippets: [] }), { iterations: 500, warmup: 50, target: 'median < 10 ms, p99 < 25 ms' }),
  ];
}
