/** Behavioural bank questions ("tell me about a time…"), written for this project and worded for any trade. */
import { type BankQuestion, bq } from './types.js';

const b = (level: 'easy' | 'medium' | 'hard', competency: string, text: string, rationale: string, tags: string[] = []): BankQuestion =>
  bq('behavioral', level, competency, text, rationale, tags);

export const BEHAVIORAL: BankQuestion[] = [
  // Leadership
  b('easy', 'leadership', 'Tell me about a time you took the lead on something without being asked.', 'Shows whether you step up when nobody assigns the work.'),
  b('medium', 'leadership', 'Describe a time you had to get a team moving in one direction when people disagreed about the goal.', 'Tests how you create alignment, not just how you give orders.'),
  b('hard', 'leadership', 'Tell me about a time a team you led missed its goal. What did you own, and what changed afterwards?', 'Senior candidates are judged by how they own failure in front of a team.'),
  b('medium', 'leadership', 'Give me an example of a decision you made as a lead that was unpopular at the time.', 'Reveals whether you can hold a position and bring people with you.'),
  b('hard', 'leadership', 'Tell me about a time you had to change the direction of a project that was already well underway.', 'Probes judgement about sunk cost and how you manage the people affected.'),
  // Conflict
  b('easy', 'conflict', 'Tell me about a time you disagreed with a teammate. How did you resolve it?', 'Interviewers want to see disagreement handled directly and respectfully.'),
  b('medium', 'conflict', 'Describe a time you disagreed with your manager about how a piece of work should be done.', 'Shows whether you can push back upward with evidence and still commit.'),
  b('hard', 'conflict', 'Tell me about a conflict between two people on your team that you had to help resolve.', 'Tests mediation skills and fairness, expected of senior people.'),
  b('medium', 'conflict', 'Tell me about a time someone strongly criticised your work in public. What did you do?', 'Reveals composure and whether you separate the critique from the person.'),
  // Failure
  b('easy', 'failure', 'Tell me about a mistake you made at work and what you learned from it.', 'Candidates who can name real mistakes and lessons are more coachable.'),
  b('medium', 'failure', 'Describe a project that failed. What was your part in the failure?', 'Checks that you take your share of responsibility without blaming others.'),
  b('hard', 'failure', 'Tell me about a time something you delivered caused harm to the people it was meant for. How did you find out, and what did you change?', 'Probes ownership of consequences and the systems you build afterwards.'),
  b('medium', 'failure', 'Tell me about a deadline you missed. What happened and what did you do about it?', 'Shows how you communicate bad news and recover.'),
  // Collaboration
  b('easy', 'collaboration', 'Tell me about a project where you worked closely with people outside your team.', 'Most work crosses team boundaries; this shows how you make that work.'),
  b('medium', 'collaboration', 'Describe a time you had to work with someone whose working style was very different from yours.', 'Tests adaptability and empathy in day-to-day collaboration.'),
  b('hard', 'collaboration', 'Tell me about a time two teams had conflicting goals and you had to make a joint plan work.', 'Cross-team negotiation is a core senior skill.'),
  b('medium', 'collaboration', 'Give an example of how you helped a teammate succeed on something that was not your responsibility.', 'Reveals whether you act for the team or only for your own tasks.'),
  // Influence
  b('medium', 'influence', 'Tell me about a time you convinced people to adopt an idea when you had no authority over them.', 'Influence without authority is how most real change happens.'),
  b('hard', 'influence', 'Describe a time you changed the mind of someone more senior than you.', 'Shows how you use evidence and framing with senior stakeholders.'),
  b('easy', 'influence', 'Tell me about a proposal you made that was accepted. How did you make the case?', 'Checks that you can build a case, not just have ideas.'),
  // Prioritisation
  b('easy', 'prioritization', 'Tell me about a time you had too much to do. How did you decide what came first?', 'Everyone has more work than time; this shows your method.'),
  b('medium', 'prioritization', 'Describe a time you had to say no to a request from an important stakeholder.', 'Saying no well is a sign of judgement and confidence.'),
  b('hard', 'prioritization', 'Tell me about a time you cut scope to hit a date. What did you cut, and how did you decide?', 'Probes trade-off judgement under real constraints.'),
  // Ownership
  b('easy', 'ownership', 'Tell me about a problem you fixed that nobody had asked you to fix.', 'Owners notice problems and act on them.'),
  b('medium', 'ownership', 'Describe something you owned end to end, from the first idea to the result.', 'Shows the full arc of your ownership, not just execution.'),
  b('hard', 'ownership', 'Tell me about a time you had to take responsibility for a problem caused by someone else.', 'Tests whether you fix the problem before assigning blame.'),
  // Communication
  b('easy', 'communication', 'Tell me about a time you had to explain something technical to a non-technical person.', 'Checks that you adapt your message to the audience.'),
  b('medium', 'communication', 'Describe a time a misunderstanding caused a problem. What did you change in how you communicate?', 'Shows self-awareness about communication habits.'),
  b('hard', 'communication', 'Tell me about the hardest piece of bad news you had to deliver at work.', 'Tests candour, timing and empathy under pressure.'),
  // Ambiguity
  b('medium', 'ambiguity', 'Tell me about a time you had to make progress with unclear requirements.', 'Real work is rarely well specified; this shows how you create clarity.'),
  b('hard', 'ambiguity', 'Describe a time the goal of your project changed halfway through. How did you adapt?', 'Probes resilience and how you re-plan without losing momentum.'),
  b('easy', 'ambiguity', 'Tell me about a time you started something new without a clear plan. What did you do first?', 'Shows your instinct for the first useful step.'),
  // Customer focus
  b('easy', 'customer_focus', 'Tell me about a time feedback from the people you serve changed how you did your work.', 'Shows you listen to the people you serve and act on it.'),
  b('medium', 'customer_focus', 'Describe a time you went beyond the usual to solve a customer’s problem.', 'Reveals how far you go for the people you serve.'),
  b('hard', 'customer_focus', 'Tell me about a time what customers asked for was not what they needed. How did you handle it?', 'Tests product judgement beyond taking orders.'),
  // Problem solving
  b('medium', 'problem_solving', 'Walk me through the hardest problem you solved in the last year.', 'Shows depth, method and persistence on a real problem.'),
  b('easy', 'problem_solving', 'Tell me about a time you found the root cause of a recurring problem.', 'Checks that you fix causes, not symptoms.'),
  // Developing others
  b('medium', 'mentoring', 'Tell me about someone you helped grow. What did you do, and what changed for them?', 'Developing others is expected beyond junior levels.'),
  b('hard', 'mentoring', 'Describe a time you gave difficult feedback to a colleague. How did it land?', 'Tests candour and care in equal measure.'),
  // Decision making
  b('medium', 'decision_making', 'Tell me about a decision you made with incomplete information. How did it turn out?', 'Shows how you balance speed and certainty.'),
  b('hard', 'decision_making', 'Describe a decision you got wrong. When did you realise it, and what did you do?', 'Checks that you revisit decisions when evidence changes.'),
  // Stakeholders
  b('medium', 'stakeholder_management', 'Tell me about a time you managed stakeholders with competing expectations.', 'Balancing competing needs is central to cross-functional roles.'),
  b('hard', 'stakeholder_management', 'Describe a time you had to escalate a problem. How did you decide it was time?', 'Good escalation is timely, factual and comes with options.'),
  // Feedback, initiative, learning, pressure, integrity, delivery, innovation
  b('easy', 'feedback', 'Tell me about a piece of feedback that changed how you work.', 'Coachability predicts growth.'),
  b('easy', 'initiative', 'Tell me about an improvement you started on your own initiative.', 'Shows self-direction and what you notice.'),
  b('easy', 'learning', 'Tell me about a time you had to learn something new quickly to get a job done.', 'Everyone meets unfamiliar tools; this shows how you ramp up.'),
  b('medium', 'pressure', 'Describe a time you worked under heavy pressure. How did you keep the quality up?', 'Tests composure and judgement when time is short.'),
  b('hard', 'integrity', 'Tell me about a time you were asked to do something you thought was wrong.', 'Integrity under pressure is a must-have in most roles.'),
  b('medium', 'delivery', 'Tell me about the project you are proudest of delivering. What made it hard?', 'Shows what you value and how you get things over the line.'),
  b('medium', 'innovation', 'Tell me about a time you tried a new approach to an old problem.', 'Reveals creativity balanced with pragmatism.'),
  b('hard', 'self_awareness', 'Tell me about a time you realised you were the bottleneck. What did you change?', 'Self-awareness about your own limits is a senior trait.'),
];
