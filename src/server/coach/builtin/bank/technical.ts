/**
 * Technical and design bank questions, written for this project; tags let a JD
 * pull them forward. All of them are software questions, asked only in a
 * software role (`questions/software-role.ts`); other roles get questions about
 * their own craft (`questions/craft.ts`).
 */
import { type BankQuestion, bq } from './types.js';

const t = (level: 'easy' | 'medium' | 'hard', competency: string, text: string, rationale: string, tags: string[] = []): BankQuestion =>
  bq('technical', level, competency, text, rationale, tags, 'software');

export const TECHNICAL: BankQuestion[] = [
  // System design
  t('medium', 'system_design', 'How would you design a URL shortener that handles a billion redirects a month?', 'A compact design problem that shows how you size a system and choose storage.', ['system design', 'scalability']),
  t('hard', 'system_design', 'Design a notification service that sends email, SMS and push to millions of users without duplicates.', 'Tests delivery guarantees, idempotency and fan-out at scale.', ['distributed systems', 'kafka', 'sqs']),
  t('hard', 'system_design', 'How would you design a rate limiter for a public API used by thousands of clients?', 'Probes algorithms, shared state and fairness under load.', ['api design', 'redis']),
  t('medium', 'system_design', 'Design a job scheduler that runs millions of delayed tasks reliably.', 'Checks reasoning about persistence, retries and clock issues.', ['distributed systems']),
  t('hard', 'system_design', 'How would you design a collaborative document editor where several people type at once?', 'Tests conflict resolution strategies and real-time sync trade-offs.', ['websockets', 'distributed systems']),
  t('medium', 'system_design', 'Design the backend for a food-delivery app’s order tracking page.', 'Shows how you model state changes and push updates to clients.', ['api design', 'websockets']),
  t('easy', 'system_design', 'Walk me through what happens when a user types a URL into a browser and presses enter.', 'A broad question that reveals depth across the stack.', ['frontend development', 'backend development']),
  // Scalability & performance
  t('medium', 'scalability', 'Your service’s traffic will grow tenfold next quarter. How would you prepare?', 'Shows whether you measure before you scale and know where systems break.', ['scalability', 'aws', 'kubernetes']),
  t('hard', 'scalability', 'When would you shard a relational database, and how would you choose the shard key?', 'Probes data distribution trade-offs and their operational cost.', ['postgresql', 'mysql', 'scalability']),
  t('medium', 'performance', 'An endpoint’s p99 latency doubled after a release. How would you find out why?', 'Tests a methodical debugging approach grounded in data.', ['performance optimization', 'observability']),
  t('medium', 'performance', 'How would you decide what to cache, where, and how to keep it fresh?', 'Caching is easy to add and hard to get right; this probes invalidation thinking.', ['redis', 'performance optimization']),
  t('easy', 'performance', 'How would you find and fix an N+1 query problem in a web application?', 'A common, concrete performance issue that shows practical experience.', ['sql', 'postgresql']),
  // Reliability
  t('medium', 'reliability', 'How would you design retries for calls to a flaky downstream service?', 'Tests knowledge of backoff, idempotency and retry storms.', ['reliability', 'distributed systems']),
  t('hard', 'reliability', 'How would you set SLOs for a service that has never had any?', 'Shows whether you connect reliability targets to user experience.', ['reliability', 'observability']),
  t('medium', 'reliability', 'How would you roll out a risky database migration with zero downtime?', 'Probes sequencing, backward compatibility and rollback plans.', ['postgresql', 'migration']),
  t('easy', 'reliability', 'What would you put on the dashboard of a new web service, and why?', 'Reveals which signals you think matter for running software.', ['observability', 'grafana', 'prometheus']),
  // Data
  t('medium', 'data_modeling', 'How would you model a subscription billing system with plan changes mid-cycle?', 'Tests data modelling for real-world edge cases.', ['data modeling', 'payments', 'postgresql']),
  t('hard', 'data_modeling', 'When would you choose a document database over a relational one? Give a concrete example.', 'Checks that database choices follow access patterns, not fashion.', ['mongodb', 'postgresql', 'data modeling']),
  t('easy', 'data_modeling', 'How would you design the tables for a simple library lending system?', 'A warm-up modelling question that shows care with keys and constraints.', ['sql', 'data modeling']),
  t('medium', 'data_modeling', 'How would you design an event-sourced ledger, and what would you watch out for?', 'Probes event modelling, projections and replay costs.', ['event sourcing', 'kafka']),
  t('hard', 'data_modeling', 'How would you keep two services’ data consistent without a distributed transaction?', 'Tests knowledge of outbox, sagas and eventual consistency.', ['microservices', 'kafka', 'distributed systems']),
  // API design
  t('medium', 'api_design', 'How would you version a public REST API without breaking existing clients?', 'Shows respect for contracts and a plan for change.', ['rest', 'api design']),
  t('easy', 'api_design', 'What makes an API pleasant to use? Give an example of one you designed.', 'Reveals taste and empathy for API consumers.', ['api design']),
  t('medium', 'api_design', 'When would you choose GraphQL over REST, and what does it cost you?', 'Checks that technology choices come with trade-offs.', ['graphql', 'rest']),
  t('hard', 'api_design', 'How would you make a payment API idempotent?', 'Idempotency is essential where money moves; this checks precision.', ['payments', 'api design']),
  // Debugging, testing, code quality, security
  t('medium', 'debugging', 'Walk me through how you would debug a memory leak in a production service.', 'Shows tooling knowledge and a hypothesis-driven approach.', ['node.js', 'java', 'go', 'observability']),
  t('easy', 'debugging', 'A test passes locally but fails in CI. How would you investigate?', 'A daily problem that reveals method and patience.', ['ci/cd', 'testing']),
  t('medium', 'testing', 'How would you decide what to unit test, integration test and end-to-end test?', 'Checks that testing strategy follows risk and cost.', ['testing']),
  t('hard', 'testing', 'How would you deal with a test suite that is slow and flaky?', 'Tests judgement about developer productivity and quality.', ['testing', 'ci/cd']),
  t('medium', 'code_quality', 'How do you decide when to refactor and when to leave code alone?', 'Reveals pragmatism about technical debt.', ['code review']),
  t('easy', 'code_quality', 'What do you look for when you review someone else’s code?', 'Shows your standards and how you give feedback.', ['code review']),
  t('medium', 'security', 'How would you store user passwords and API secrets safely?', 'A baseline security question every engineer should handle.', ['security']),
  t('hard', 'security', 'How would you design authentication and authorisation for a multi-tenant SaaS product?', 'Probes tenant isolation and least privilege.', ['security', 'oauth', 'sso']),
  // Data / product technical
  t('medium', 'data_analysis', 'A key metric dropped 15% overnight. How would you work out what happened?', 'Tests structured investigation of data anomalies.', ['data analysis', 'sql']),
  t('medium', 'experimentation', 'How would you design an A/B test for a new checkout flow, and how would you know it worked?', 'Checks experiment design, metrics and statistical care.', ['a/b testing', 'experimentation']),
  t('hard', 'data_modeling', 'How would you design a data pipeline that must never double-count an event?', 'Exactly-once effects are hard; this probes how you get close.', ['data pipelines', 'kafka', 'spark']),
  t('medium', 'technical_depth', 'Explain how a database index works and when adding one makes things slower.', 'Shows depth beyond the usual "indexes make reads faster".', ['sql', 'postgresql', 'mysql']),
  t('hard', 'technical_depth', 'Explain what happens when two transactions update the same row at the same time.', 'Probes isolation levels and locking — a common source of real bugs.', ['postgresql', 'sql']),
];
