/**
 * Situational, role-fit, deep-dive, gap and trade-neutral technical bank
 * questions, written for this project. They are worded for any trade ("a
 * fault", "a process another team owns"); the one that only makes sense in
 * software is marked so.
 */
import { type BankQuestion, bq } from './types.js';

export const SITUATIONAL: BankQuestion[] = [
  bq('situational', 'easy', 'prioritization', 'Two stakeholders each tell you their request is the top priority for this week. What would you do?', 'Shows how you resolve competing demands without picking favourites.'),
  bq('situational', 'medium', 'reliability', 'You are on call and an alert fires at 2 a.m. for a system you have never worked on. How would you handle it?', 'Tests calm triage and knowing when to escalate.', ['incident response'], 'software'),
  bq('situational', 'medium', 'conflict', 'A senior colleague keeps dismissing your ideas in meetings. What would you do?', 'Reveals how you address friction directly and constructively.'),
  bq('situational', 'hard', 'integrity', 'You discover a colleague has been quietly keeping copies of customers’ personal details where they should not be. What would you do?', 'Integrity plus judgement about process and people.', ['security', 'compliance']),
  bq('situational', 'easy', 'ambiguity', 'You join a team and the project you were hired for is cancelled in your first week. What would you do?', 'Shows adaptability and self-direction.'),
  bq('situational', 'medium', 'delivery', 'Halfway to a launch date you realise the project is three weeks behind. What would you do?', 'Tests early, honest communication and re-planning.'),
  bq('situational', 'hard', 'leadership', 'Your team’s strongest member tells you they are burned out the week before a major deadline. What would you do?', 'Balances care for people with commitments.'),
  bq('situational', 'medium', 'customer_focus', 'A large customer demands a special exception that would make things worse for everyone else you serve. How would you respond?', 'Tests judgement and diplomacy with a customer you cannot afford to lose.'),
  bq('situational', 'easy', 'learning', 'You are given a task that needs a tool or method you have never used, and two weeks to deliver. How would you approach it?', 'Shows how you learn efficiently under time limits.'),
  bq('situational', 'medium', 'decision_making', 'Your manager is away and you must make a call that affects another team. How would you decide?', 'Reveals judgement about authority, risk and communication.'),
  bq('situational', 'hard', 'stakeholder_management', 'An executive asks you to commit to a date you believe is impossible. What would you say?', 'Tests candour with power and offering options instead of refusals.'),
  bq('situational', 'medium', 'mentoring', 'A new hire on your team is struggling but has not asked for help. What would you do?', 'Shows attentiveness and how you support others.'),
  bq('situational', 'easy', 'communication', 'You have five minutes with the CEO to explain why your project matters. What would you say?', 'Tests whether you can lead with the point.'),
  bq('situational', 'hard', 'ownership', 'You notice a serious flaw in a process another team owns, and they say it is not a priority. What would you do?', 'Ownership beyond your boundaries, without overstepping.'),
  bq('situational', 'medium', 'collaboration', 'Two teams you depend on disagree about how a piece of work should be done, and both ask you to decide. How would you handle it?', 'Shows facilitation and decision-making across functions.'),
  bq('situational', 'medium', 'data_analysis', 'A dashboard you rely on shows numbers that contradict what sales is telling you. What would you do?', 'Tests scepticism and how you reconcile conflicting data.', ['data analysis']),
  bq('situational', 'hard', 'ambiguity', 'You are asked to improve “engagement” with no definition and no data. Where would you start?', 'Probes how you turn a vague goal into measurable work.', ['product management']),
  bq('situational', 'easy', 'feedback', 'Your manager tells you a presentation you gave went badly, but gives no detail. What would you do?', 'Shows how you seek specific feedback and act on it.'),
  bq('situational', 'medium', 'pressure', 'A fault is costing money every hour and the only quick fix is risky. How would you proceed?', 'Tests risk management under time pressure.', ['incident response']),
  bq('situational', 'hard', 'influence', 'You believe your team should replace an outdated way of working from scratch, and leadership says no. What would you do?', 'Reveals how you build a case and accept a decision.'),
  bq('situational', 'medium', 'prioritization', 'You inherit a list of 200 open requests and have one quarter. How would you decide what to do?', 'Shows prioritisation frameworks applied to a concrete mess.'),
  bq('situational', 'easy', 'collaboration', 'A teammate keeps missing the hand-offs your work depends on. What would you do?', 'Tests direct, kind confrontation of a recurring problem.'),
];

export const ROLE_FIT: BankQuestion[] = [
  bq('role_fit', 'easy', 'motivation', 'Tell me about yourself and what brings you to this role.', 'The opener: interviewers want a short, relevant story, not a CV recital.'),
  bq('role_fit', 'easy', 'motivation', 'Why are you looking for a new role now?', 'Checks that your reasons are positive and coherent.'),
  bq('role_fit', 'medium', 'motivation', 'What do you know about what we do, and what interests you about it?', 'Shows preparation and genuine interest.'),
  bq('role_fit', 'medium', 'motivation', 'What kind of work gives you the most energy, and what drains it?', 'Helps the interviewer judge fit with the real job.'),
  bq('role_fit', 'easy', 'self_awareness', 'What is a strength you bring to a team, with an example?', 'Strength claims only count with evidence.'),
  bq('role_fit', 'medium', 'self_awareness', 'What is something you are actively working to get better at?', 'Tests honesty and a growth habit rather than a humble-brag.'),
  bq('role_fit', 'hard', 'self_awareness', 'What would your last manager say is the area you most need to develop?', 'Checks self-awareness through someone else’s eyes.'),
  bq('role_fit', 'medium', 'motivation', 'Where do you want your career to be in three years, and how does this role help?', 'Shows whether the role fits your trajectory.'),
  bq('role_fit', 'hard', 'motivation', 'Why should we hire you over someone with more experience in our exact domain?', 'Tests whether you can make a specific, evidence-based case for yourself.'),
  bq('role_fit', 'easy', 'collaboration', 'Describe the best team you have worked on. What made it work?', 'Reveals the environment you thrive in.'),
  bq('role_fit', 'medium', 'motivation', 'What would make you turn down an offer from us?', 'Surfaces what you really care about.'),
  bq('role_fit', 'hard', 'leadership', 'What is a strong opinion you hold about how teams should work, and where did it come from?', 'Shows conviction grounded in experience.'),
  bq('role_fit', 'medium', 'learning', 'What have you learned recently outside of work that made you better at your job?', 'Signals curiosity and self-driven growth.'),
  bq('role_fit', 'easy', 'motivation', 'What are you looking for in your next manager?', 'Helps assess fit with the team’s management style.'),
];

export const GENERIC_PERSONAL: BankQuestion[] = [
  bq('resume_deep_dive', 'easy', 'ownership', 'Pick the project on your resume you know best and walk me through your part in it.', 'Lets the interviewer gauge depth on ground you choose.'),
  bq('resume_deep_dive', 'medium', 'decision_making', 'Which decision from your last role would you make differently now, and why?', 'Shows reflection and growth since then.'),
  bq('resume_deep_dive', 'hard', 'delivery', 'Which number on your resume are you proudest of, and how exactly was it measured?', 'Interviewers test whether claimed results hold up under questioning.'),
  bq('resume_deep_dive', 'medium', 'technical_depth', 'What is the most technically demanding part of your current job, and how do you handle it?', 'Shows the ceiling of your hands-on depth.'),
  bq('gap', 'medium', 'learning', 'Which requirement of this role do you feel least prepared for, and what are you doing about it?', 'Honest self-assessment plus a plan reassures interviewers.'),
  bq('gap', 'easy', 'learning', 'Tell me about a time you joined a project in an area that was new to you. How did you get up to speed?', 'Past ramp-ups predict how you will handle gaps here.'),
  bq('gap', 'hard', 'learning', 'Your background is different from most people in this role. What will you do in your first month to close that gap?', 'Tests realism and a concrete learning plan.'),
];

/**
 * Technical questions any trade can answer, for a role that is not software
 * work when its documents say too little to build questions from (no
 * documents at all, or a job description without requirements).
 */
const n = (level: 'easy' | 'medium' | 'hard', text: string, rationale: string): BankQuestion => bq('technical', level, 'role_knowledge', text, rationale, [], 'other');

export const TRADE_TECHNICAL: BankQuestion[] = [
  n('easy', 'Which tool, method or procedure do you rely on most in your work? Explain it as you would to a new colleague.', 'Explaining your own tools plainly shows you understand them, not just use them.'),
  n('easy', 'Walk me through a task in your work that newcomers usually get wrong. What do you do differently, and why?', 'Shows practical knowledge of where the craft is hard.'),
  n('medium', 'How do you check that your own work is right before anyone else relies on it?', 'Reveals your quality habits in your own trade.'),
  n('medium', 'Which standard, rule or regulation shapes your daily work most, and how do you keep up with changes to it?', 'Tests knowledge of the rules your work answers to.'),
  n('medium', 'Tell me about a problem at work you had to diagnose. How did you narrow down the cause?', 'Shows a methodical approach to finding causes, in any trade.'),
  n('hard', 'Tell me about a time the usual procedure did not fit the situation in front of you. How did you decide what to do instead?', 'Expert judgement shows where the rules run out.'),
  n('hard', 'What is a common practice in your field that you think is wrong or outdated, and what would you do instead?', 'Tests depth and independent thinking about your craft.'),
  n('hard', 'What is the most serious mistake you have seen someone in your line of work make, and what would have prevented it?', 'Probes how well you understand the risks of your work.'),
];
