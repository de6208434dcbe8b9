/**
 * Readings an interviewer makes without thinking, which the built-in coach has
 * to make on purpose: a supporting part is not an own action, a plan's
 * imperative steps are the candidate's own, buzzwords are not specifics, a long
 * scene-setting with the action in the last line is not a story of action, a
 * self-description is not a story, a denied priority call is no call. Answers
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, scoreAnswer } from '../../../../src/server/coach/builtin/evaluate.js';
import { missingAsks } from '../../../../src/server/coach/builtin/evaluate/asks-for.js';
import { computeSignals } from '../../../../src/server/coach/builtin/evaluate/signals.js';
import { answerMode } from '../../../../src/server/coach/builtin/evaluate/rubric.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';
import type { Feedback, QuestionCategory } from '../../../../src/shared/domain.js';

const ask = (text: string, answer: string, category: QuestionCategory = 'behavioral'): Feedback =>
  evaluate({ question: { text, category, competency: 'delivery' }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] });
const caps = (text: string, answer: string, competency = 'delivery'): string[] =>
  scoreAnswer({ question: { text, category: 'behavioral', competency }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] }).caps;
const dim = (f: Feedback, key: string) => f.dimensions.find((d) => d.key === key)!;
/** The rubric's part of overall, where the judgement caps apply (the learned reader is blended in after them). */
const rubricPart = (text: string, answer: string, category: QuestionCategory = 'behavioral'): number =>
  scoreAnswer({ question: { text, category, competency: 'delivery' }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] }, null).overall;

describe('ownership as an interviewer reads it', () => {
  it('"I helped with" and "the figure came from finance" are not own actions', () => {
    const helped = computeSignals('It was a company-wide initiative and I was in the buying team. I helped with the tender meetings and the paperwork. The saving figure came from the finance team.');
    expect(helped.iActions).toEqual([]);
    expect(helped.diluted.length).toBeGreaterThanOrEqual(2);
    const did = computeSignals('I ran the tender for our bakery flour and asked three mills for samples. I negotiated a fixed price for twelve months.');
    expect(did.iActions.length).toBe(2);
  });

  it("a plan's imperative steps are the candidate's own", () => {
    const q = 'Returns at our warehouse have doubled in a month. How would you find out why?';
    const steps = ask(q, 'First, check the count is real: same return codes, same scanner, same week definition? Then split the returns by product, courier and customer region. Compare the split with everything that changed this month: packaging, couriers, the new picking shift. Test the likeliest cause on one shift before changing anything, and watch the rate for two weeks.', 'situational');
    expect(dim(steps, 'ownership').score!).toBeGreaterThanOrEqual(3);
    expect(dim(steps, 'ownership').evidence.length).toBeGreaterThan(0);
  });
});

describe('specifics as an interviewer reads them', () => {
  it('buzzwords and named frameworks do not count as specifics', () => {
    const q = 'Complaints about late deliveries rose 40% this quarter. How would you work out why?';
    const buzz = ask(q, 'I would take a data-driven approach and use root cause analysis, following a framework from Lean. I would engage stakeholders across the delivery chain, track KPIs and SLAs in real time and drive continuous improvement with a holistic view.', 'situational');
    const plain = ask(q, 'I would first pull the complaints for the quarter and tag each one by courier, depot and promised day. If one depot holds most of the rise, I would ride along on two of its routes and compare the loading times with last quarter. I would report what I found to the operations manager within a week.', 'situational');
    // One-word quotes are widened to their clause (session 7), so the buzzword is quoted in context.
    expect(dim(buzz, 'specificity').evidence.some((e) => e.includes('data-driven'))).toBe(true);
    expect(dim(buzz, 'specificity').score!).toBeLessThanOrEqual(2);
    expect(dim(buzz, 'specificity').advice).toMatch(/buzzwords/i);
    expect(buzz.overall).toBeLessThan(plain.overall);
  });

  it('a before/after pair is a measured change whatever was measured', () => {
    const sig = computeSignals('After the mould change, short shots went from 1.2% to 2.6% on cavity three.');
    expect(sig.metrics).toEqual(expect.arrayContaining(['1.2%', '2.6%']));
  });
});

describe('the shape of a story', () => {
  const PERSUADE = 'Tell me about a time you persuaded a client to change their mind.';

  it('a long scene-setting with the own action only in the last line is capped', () => {
    const late = [
      'This was at a small landscaping firm of about twelve people, where I spent three years mostly on private gardens.',
      'The client was a couple with a large sloping plot on the edge of the village, and they had very clear ideas about what they wanted from the start.',
      'The site had drainage problems, the soil was heavy clay, and the neighbours had already complained about an earlier extension, so the planning side was sensitive.',
      'There were a lot of discussions about the budget, the choice of stone, the height of the retaining wall and whether the old oak could stay.',
      'The project ran over the summer and the weather was unusually wet, which made the groundwork slow and expensive for everyone involved.',
      'In the end I persuaded them to use gravel instead of paving by showing them the drainage costs.',
    ].join(' ');
    const early = [
      'A couple had set their hearts on a paved terrace across a clay slope that already flooded.',
      'I priced both options and showed them that paving needed £6,000 of drainage while gravel needed none, and I took them to see a gravel garden we had built on the same soil.',
      'I offered a paved strip by the door so they kept the look they wanted.',
      'They chose gravel, the garden came in £5,500 under budget, and they referred two neighbours to us that autumn.',
    ].join(' ');
    expect(caps(PERSUADE, late)).toContain('late_action');
    expect(caps(PERSUADE, early)).not.toContain('late_action');
    expect(rubricPart(PERSUADE, late)).toBeLessThanOrEqual(2.8);
    expect(ask(PERSUADE, late).overall).toBeLessThan(ask(PERSUADE, early).overall);
    expect(ask(PERSUADE, late).summary).toMatch(/Most of it is background/);
  });

  it('a self-description answers a story question with no story', () => {
    const q = 'Tell me about a time you had too many requests at once. How did you decide what to do first?';
    const traits = 'I am very strong at prioritising, and my team relies on it. I use an Eisenhower matrix in Notion and I block out time in my Outlook calendar for deep work. In my current role I look after payroll, onboarding and benefits for 400 staff with a 98% accuracy rate and a 24-hour response time. I stay calm and keep my priorities in line with the quarterly objectives.';
    // On topic (it is all about prioritising) and full of figures, yet no moment is told.
    expect(caps(q, traits, 'prioritization')).toEqual(['no_story']);
    const story = 'In March payroll, two onboarding days and an audit request all landed in one week. I did payroll first because 400 people are paid on the 28th, moved one onboarding day to the following Monday with the hiring managers’ agreement, and sent the auditor a date for Thursday. Everyone was paid on time and the audit closed with no findings.';
    expect(caps(q, story, 'prioritization')).not.toContain('no_story');
  });
});

describe('what the question asks for, read closely', () => {
  it('"we did not actually drop anything" is no priority call', () => {
    const q = 'Tell me about a time you had too much to do. How did you decide what came first?';
    expect(missingAsks(q, 'It was a very busy month with three launches. We all pulled together and I do not think we actually dropped anything in the end.')).toEqual(['priority_call']);
    expect(missingAsks(q, 'Three launches landed in one month, so I dropped the newsletter redesign and told the editor it would wait until June.')).toEqual([]);
  });

  it('a mild pushback the other person gives way on is still a disagreement', () => {
    const q = 'Tell me about a time you disagreed with a senior colleague about a decision.';
    const mild = 'The head chef wanted to keep the mussels on the Friday menu. I was not comfortable with it because the delivery had come in warm. She said the supplier was fine, but she agreed to swap them for the hake once I showed her the probe reading.';
    expect(missingAsks(q, mild)).toEqual([]);
  });

  it("noticing that a supplier's invoices should have been zero-rated is not the candidate's own mistake", () => {
    const q = 'Tell me about a mistake you made that other people relied on.';
    const other = 'I noticed that a supplier had charged VAT on services that should have been zero-rated, and I pulled every invoice and reclaimed £18,000.';
    expect(missingAsks(q, other)).toEqual(['own_mistake']);
    expect(missingAsks(q, 'I sent the board a forecast that I should have checked against the new price list; it overstated margin by 4%, and I told the finance director the same day.')).toEqual([]);
  });
});

describe('trade-offs said in plain words', () => {
  it('a fallback, a "since it is the weakest" and a "without turning it off" weigh options', () => {
    const q = 'How would you roll out two-factor sign-in to 2,000 staff?';
    const weighed = ask(q, 'I would make app push the default and keep text messages only as a last-resort fallback, since it is the weakest method. I would let managed laptops in the office prompt less often, which keeps friction down without turning the check off. I would run a two-week pilot with one team before enforcing it department by department.', 'technical');
    expect(dim(weighed, 'tradeoffs').score!).toBeGreaterThanOrEqual(3);
  });
});

describe('session 4, second round (after holdout5 was read)', () => {
  it('a plan that never touches the scenario\'s own facts is a generic plan', () => {
    const q = 'It is Tuesday at 9 a.m. Two delivery vans have broken down, forty orders are promised for today, and the regional manager is visiting at noon. What would you do?';
    const generic = ask(q, 'I would prioritise based on urgency and importance and keep all stakeholders informed. Communication is key, so I would manage expectations. I work well under pressure and I would ask the team for help if I needed it.', 'situational');
    const engaged = ask(q, 'First I would call the van hire firm for two vans by 11 and split the forty orders by postcode, so the nearest twenty go out first with our one working van. I would ring the customers whose orders may slip before noon rather than after. I would tell the regional manager at 9.15 what happened and what I had done, so the visit is not a surprise.', 'situational');
    expect(dim(generic, 'relevance').score).toBeLessThanOrEqual(2);
    expect(dim(generic, 'relevance').advice).toMatch(/would fit any question/);
    expect(dim(engaged, 'relevance').score!).toBeGreaterThanOrEqual(3);
    expect(generic.overall).toBeLessThanOrEqual(2.6);
    expect(generic.overall).toBeLessThan(engaged.overall);
  });

  it('a long answer with thin specifics is a ramble, however calm its tone', () => {
    const q = 'A reading on our main quality test has drifted upwards this week. How would you find the cause?';
    const long = [
      'Troubleshooting is honestly one of my favourite parts of the job, because there are so many moving parts and you really have to think about the whole process from start to finish.',
      'When a reading changes like this it could be almost anything, which is part of what makes it interesting to work on.',
      'It might be the materials, it might be the equipment, it might be the environment in the building, or it might be the way people are doing the work.',
      'I think the most important thing is to stay calm, be systematic and not jump to conclusions too early, because that is where mistakes happen.',
      'I would work closely with the team and with the quality people, since they have probably seen something like this before and will have ideas.',
      'Good documentation matters a great deal here, because if everything is written down properly it is much easier to go back and see what has changed.',
      'I would also keep whoever relies on the results informed, because decisions further down the line could be affected if the numbers are off.',
      'At Harlow Glass, my last company, we had a similar kind of issue with a different test, and it took a while, but we got there in the end by working through it together.',
      'I would probably look online to see whether anyone else has reported something similar, and contact the supplier, who are usually helpful.',
      'Training can matter too, because people drift from the procedure over time without realising it, so a refresher can help everyone.',
      'Overall I would just keep going step by step until we found it, and make sure we learned from it afterwards.',
    ].join(' ');
    const scored = scoreAnswer({ question: { text: q, category: 'technical', competency: 'troubleshooting' }, answer: long, persona: 'helpful', profile: emptyProfile(), snippets: [] });
    expect(scored.caps).toContain('ramble');
    expect(scoreAnswer({ question: { text: q, category: 'technical', competency: 'troubleshooting' }, answer: long, persona: 'helpful', profile: emptyProfile(), snippets: [] }, null).overall).toBeLessThanOrEqual(2.2);
  });

  it('temperatures and clock times are specifics; an if-then branch is reasoning about assumptions', () => {
    const sig = computeSignals('The cold room crept up to 7°C on Friday nights, and I logged it hourly for two weekends; it only rose when the door was propped open for the 5 p.m. delivery.');
    expect(sig.metrics).toContain('7°C');
    expect(sig.timeFrames).toEqual(expect.arrayContaining(['for two weekends', '5 p.m.']));
    // The clock time is a time frame only, never a figure as well ("5" of "5 p.m." is no count).
    expect([...sig.metrics, ...sig.bareNumbers]).not.toContain('5');
    const night = computeSignals('When our Postgres primary ran out of disk at 3am I failed over by 03:10 and cut the restore from 40 to 12 minutes.');
    expect(night.bareNumbers).toEqual([]);
    expect(night.metrics).toEqual(['40', '12']);
    const q = 'How would you find out why the defect rate doubled this month?';
    const branches = ask(q, 'First I would check whether the control samples moved too. If they did, it is something in the process, so I would look at what changed this month. If they did not, I would look at the incoming material instead, cheapest checks first.', 'technical');
    expect(dim(branches, 'tradeoffs').score!).toBeGreaterThanOrEqual(3);
  });
});

describe('session 4, third round (after holdout6 was read)', () => {
  it('an answer made of management slogans is capped, however on topic it sounds', () => {
    const q = 'You take over a warehouse team where errors have doubled and morale is low. What would you do in your first month?';
    const slogans = 'My first priority would be to listen and learn and build relationships with the team. Then I would set a clear vision, lead by example and empower people, and celebrate quick wins to build momentum. Errors and morale would improve once everyone is aligned.';
    const f = ask(q, slogans, 'situational');
    expect(caps(q, slogans)).toContain('buzzwords');
    expect(rubricPart(q, slogans, 'situational')).toBeLessThanOrEqual(2.4);
    // The summary says why the score stops there.
    expect(f.summary).toMatch(/Slogans and buzzwords/);
  });

  it('"what would you do differently" on a resume item is a story question, not a plan', () => {
    expect(answerMode('Your CV says you ran the spring appeal. What was your own part, and what would you do differently?', 'resume_deep_dive')).toBe('story');
    expect(answerMode('A donor threatens to withdraw a pledge. What would you do?', 'situational')).toBe('plan');
  });

  it('"nothing major went wrong" denies the setback the question asks for; "they hated it" is resistance', () => {
    expect(missingAsks('What was your own part, and what went wrong?', 'I chose the order of the rollout. Honestly, nothing major went wrong and we went live on time.')).toContain('setback');
    expect(missingAsks('Tell me about a time you got your team to adopt a change they were resisting.', 'The whole floor hated the new rota, so I sat with each shift and we changed the break pattern together.')).toEqual([]);
  });

  it('"I\'d say" is talk, not a thing done: a self-portrait with figures tells no story', () => {
    const q = 'Tell me about a time you got your team to adopt a change they were resisting.';
    const portrait = "I'm a strong believer in helping people adopt change, and I'd say getting a team to adopt a change is one of my strengths. Some of the results from my time as a team leader: handle time down 12%, satisfaction up 9 points, attrition down by a third. Resistance is natural, and my job is to listen to it.";
    expect(computeSignals(portrait).firstOwnAction).toBe(-1);
    expect(caps(q, portrait, 'influence')).toContain('no_story');
    const f = evaluate({ question: { text: q, category: 'behavioral', competency: 'influence' }, answer: portrait, persona: 'ruthless', profile: emptyProfile(), snippets: [] });
    expect(f.summary).toMatch(/rather than telling a time it happened/);
  });
});

describe('honest praise', () => {
  it('calls a 3/5 the part that holds up best, not a strength; a 4/5 is a strength', () => {
    const q = 'Tell me about a time you reduced costs.';
    const thin = ask(q, 'I worked on reducing our cloud costs. We looked at a lot of things and made some improvements and it went well in the end.');
    for (const line of thin.strengths) expect(line).not.toMatch(/is a strength \(3\/5\)/);
    expect(thin.strengths.join(' ')).toMatch(/holds up best \(3\/5\)/);
    // Two 3/5 parts: only the first is "best".
    expect(thin.strengths).toHaveLength(2);
    expect(thin.strengths[1]).toMatch(/also holds up \(3\/5\)/);
    const strong = ask(q, 'At a parcel firm I owned our AWS bill of £42k a month. I tagged every instance by team, found 31 idle test servers and moved the batch jobs to spot instances. I agreed a shutdown schedule with the two team leads. The bill fell to £29k within two months, and the tags are still how finance reports cloud spend.');
    expect(strong.strengths.join(' ')).toMatch(/is a strength \([45]/);
  });
});

describe('session 5 (after holdout7 was read)', () => {
  const plan = (text: string, answer: string): string[] =>
    scoreAnswer({ question: { text, category: 'situational', competency: 'judgement' }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] }).caps;

  it('a plan whose first step arrives in its last line is capped; a plan that starts with its steps is not', () => {
    const q = 'A points failure stops half the trains into the terminus at 7:40 on a weekday. What would you do in the first half hour?';
    const background =
      'I started on the gateline at Northfield in 2015, moved to station supervisor in 2018 and joined the control room at Castle Junction three years ago. The terminus handles about 40,000 arrivals between seven and ten, and the concourse fills within twenty minutes when trains stop. ' +
      'Points failures there come in two kinds: a frozen heater in winter, which the fault team fixes in about twenty minutes, and a failed motor, which can take three hours. The signallers, the fault team, the train crews, station staff and the customer information desk all need something different from control in that first half hour. ' +
      'In 2021 a motor failure on a Monday left twelve trains out of position for the evening peak. So I would get buses booked early and keep the stations and the app updated.';
    expect(computeSignals(background).firstPlanStep).toBe(computeSignals(background).sentences.length - 1);
    expect(plan(q, background)).toContain('late_action');
    const steps =
      'First I would get the facts from the signaller: which routes are blocked, whether any train is stuck between stations, and the fault team\'s estimate. Any train held with passengers on board goes first; I would get each one moved under caution or given a rescue time. ' +
      'By ten minutes I would assume it is not a quick fix and start the contingency plan: turn inbound trains back at the last station with a crossover and ask the next operator to accept our tickets. At the same time one clear message goes to stations, the app and the screens, with the time of the next update. At thirty minutes I would review with the fault team and decide whether to move to a reduced timetable.';
    expect(plan(q, steps)).not.toContain('late_action');
  });

  it('"I\'d go and check" is a step of the plan', () => {
    const sig = computeSignals("I'd go and have a look at the meter and the fuse board. I'd do the checks in order of cost.");
    expect(sig.iActions.length).toBe(2);
    expect(sig.firstPlanStep).toBe(0);
    // An opinion is not a step.
    expect(computeSignals("I'd say it depends on the customer and what they can afford today.").firstPlanStep).toBe(-1);
  });

  it('a success told for "a decision that did not work out" misses the setback; an honest failure does not', () => {
    const q = 'Tell me about a business decision you made that did not work out. What did you learn?';
    const success = 'The best decision I made was moving our bakery to pre-orders in 2022. Before that we lost stock every evening, about forty loaves a week. I set up the order page, told every regular customer for a month, and kept a small walk-in shelf. Waste fell to six loaves a week.';
    expect(missingAsks(q, success)).toContain('setback');
    const failure = 'The best lesson I had came from a failure: I opened a Saturday stall at the farmers market in 2022 because our weekday shop was busy. It did not work: the stall sold a third of what I planned and I closed it after four months, about £3,000 down. I had assumed our customers would follow us; they were office workers who never came at weekends.';
    expect(missingAsks(q, failure)).toEqual([]);
    // "Why didn't it work?", asked of the class, admits nothing.
    const prop = 'I would say one of my best lessons came out of a hiccup: the volcano only fizzed. I asked the children why didn\'t it work? We tested three ideas and by the end every table had an eruption, and the head asked me to share it.';
    expect(missingAsks('Tell me about a lesson that went badly. What did you do about it?', prop)).toContain('setback');
  });

  it('an answer that mostly talks in generalities is capped, and the summary says why', () => {
    const q = 'Your CV says you led the translation of a booking app into 14 languages in 10 weeks. How did you keep quality up?';
    const general =
      'Languages have always been one of my passions, and quality is something I really care about. With fourteen languages you have to think about every market differently, because every language is different. ' +
      'I think translation is not just swapping words, it is about culture and trust. You have to give translators context, and you need to test everything properly. For me the key thing is that people care about quality. ' +
      'It was a tight deadline, but honestly it went really well, and the markets were happy with it in the end.';
    const sig = computeSignals(general);
    expect(sig.generalShare).toBeGreaterThanOrEqual(0.5);
    const f = ask(q, general);
    expect(f.overall).toBeLessThanOrEqual(2.4);
    expect(f.summary).toMatch(/talks about the work in general/);
    const concrete = 'I set up a glossary of 300 terms with the vendor before any strings went out, and every string carried a screenshot. I had native reviewers in each market check the ten screens that take payments, and I held back two languages by a week when their reviews found 40 errors. Support tickets about wording stayed under five a week after launch.';
    expect(computeSignals(concrete).generalShare).toBeLessThan(0.2);
    expect(ask(q, concrete).overall).toBeGreaterThan(2.4);
  });

  it('"I focused on the one due first" and handing a task to the manager are calls about order', () => {
    const q = 'Tell me about a time you had more deadlines than you could properly support. How did you decide what to prioritise?';
    expect(missingAsks(q, 'I had three bids due and an audit query in the same week. I focused on the one that was due first and asked my manager to take the audit query.')).toEqual([]);
    expect(missingAsks(q, 'I had three bids due in the same week. I worked late every night and all three went in.')).toContain('priority_call');
  });

  it('a concrete story told as "we" answers loosely, not off topic; its missing own part is what costs it', () => {
    const q = 'Tell me about a time you got your team to adopt a change they were resisting.';
    const we = 'When our centre moved to a new CRM last year, the whole floor hated it and handle time went from 6:50 to nearly nine minutes. We set up floor walkers and ran extra training on the hardest screens. We also put the top tips on the wallboards. Within six weeks handle time was back to 7:05.';
    const f = ask(q, we);
    expect(dim(f, 'relevance').score!).toBeGreaterThanOrEqual(3);
    expect(dim(f, 'ownership').score!).toBeLessThanOrEqual(2);
    expect(rubricPart(q, we)).toBeLessThanOrEqual(2.6);
  });
});

describe('session 5, second round (after holdout8 was read)', () => {
  it('a long answer of its own steps in a trade\'s words is not a ramble; the same length of general talk is', () => {
    const q = 'How would you decide when to replace the main pumps across forty pumping stations, rather than running them until they fail?';
    const steps =
      'I would start from the cost of getting it wrong both ways. A pump that seizes in service means a tanker crew on overtime and a spill risk, and a failure in a storm costs far more than one in a dry month; swapping too early throws away impeller life. ' +
      'For the data I would combine three sources, because none is reliable alone: vibration readings on the bearings, which show wear months ahead; the motor current compared with the other pumps at the same flow; and the run-hours against the maker\'s curve. ' +
      'I would rank the stations on a simple health score and review the worst ten with the maintenance lead every month. A pump gets a planned swap when two of the three agree on a worsening trend; one alone triggers an inspection, not a replacement. ' +
      'I would look at every removed pump on the bench, and if we keep replacing pumps that turn out fine, the thresholds are too tight, so I would loosen them. I would check the warranty terms first, since some require set intervals. ' +
      'Planned swaps go into the dry months, grouped by area, so one crane visit covers several stations and the crews are not pulled off emergency work during the storm season. ' +
      'Before any swap I would order the pump and its seals four weeks ahead, because the lead time is what turns a planned job into an emergency one, and I would keep two spare pumps of the commonest size in the depot so a surprise failure costs a day, not a month.';
    const sig = computeSignals(steps);
    expect(sig.wordCount).toBeGreaterThan(250);
    expect(sig.generalShare).toBe(0);
    const f = evaluate({ question: { text: q, category: 'technical', competency: 'system_design' }, answer: steps, persona: 'helpful', profile: emptyProfile(), snippets: [] });
    expect(f.overall).toBeGreaterThan(3);
  });

  it('a plainly told story of three own actions is not called off topic for want of shared words', () => {
    const q = 'Tell me about a time you had to get something done when the rules or guidance were unclear.';
    const plain = 'When I moved to the listings team there was no written process for urgent applications that came in late, and everyone did it differently. I asked the two longest-serving clerks how they handled them, and I asked the duty judge what she needed to see. I wrote a short checklist and a template email. I shared it with the team and most people started using it.';
    const f = ask(q, plain);
    expect(dim(f, 'relevance').score!).toBeGreaterThanOrEqual(3);
    expect(f.overall).toBeGreaterThan(2);
  });

  it('ordering causes by likelihood, or naming the worse problem, weighs options in a diagnosis', () => {
    const q = 'Three batches of our bread have come out dense. How would you find the cause?';
    const f = evaluate({ question: { text: q, category: 'technical', competency: 'analysis' }, answer: 'Dense bread is most likely under-proofing, so I would check the proofer logs first. If the proof times are right, I would test the yeast, because a dead batch of yeast gives the same result and is the bigger problem for every line.', persona: 'helpful', profile: emptyProfile(), snippets: [] });
    expect(dim(f, 'tradeoffs').score!).toBeGreaterThanOrEqual(3);
  });
});

describe('judgement: a hazard is made safe first', () => {
  const q = 'You are replacing a light fitting and find the cable behind it scorched and the earth wire missing. The customer wants it finished today and cannot afford more work. What would you do?';
  const plan = (answer: string): Feedback => evaluate({ question: { text: q, category: 'situational', competency: 'judgement' }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] });

  it('a fluent plan that gives the customer what they asked for, on a hazard, misses the ask and is capped', () => {
    const comply = plan("At the end of the day the customer is paying, so I'd give them what they asked for. I'd fit the new light, maybe add a cover plate to be on the safe side, and mention the cable so they know about it. I'd tell them to get someone back to look at it properly when they've got the money.");
    expect(dim(comply, 'relevance').score!).toBeLessThanOrEqual(2);
    expect(dim(comply, 'relevance').advice).toMatch(/make it safe/);
    expect(comply.summary).toMatch(/does not answer the question/);
  });

  it('a plan that isolates the circuit first answers it', () => {
    expect(missingAsks(q, "I wouldn't connect anything to that circuit today. I'd isolate it at the board, lock it off and show the customer the scorched cable. I'd write it up as dangerous and give two prices.", 'plan')).toEqual([]);
    // A scenario without a hazard asks for no such step.
    expect(missingAsks('A customer wants their kitchen lights moved before a party on Friday. What would you do?', "I'd book it for Thursday.", 'plan')).toEqual([]);
    // Asked of a story, the make-safe ask does not apply; asked of a plan, the story asks do not.
    expect(missingAsks(q, "I'd fit the light and tell them to get it looked at later.", 'story')).toEqual([]);
    expect(missingAsks(q, "I'd fit the light and tell them to get it looked at later.", 'plan')).toEqual(['make_safe']);
  });
});

describe('session 5, third round (after holdout9 was read)', () => {
  const q = 'Your CV says you cut waste on the bottling line from 9% to 4%. Walk me through what you changed, and how you know it was your change that did it.';

  it('"how do you know it was your change" asks for evidence of cause; a list of methods and results does not give it', () => {
    const metrics = 'Lean principles, basically. I introduced 5S, SMED for changeovers, daily KPI boards and Kaizen events. Key results: waste down from 9% to 4%, OEE up 10 points, £30k saved a year. It was a real team effort and the results speak for themselves.';
    expect(missingAsks(q, metrics)).toContain('attribution');
    const f = ask(q, metrics);
    expect(rubricPart(q, metrics)).toBeLessThanOrEqual(2.4);
    expect(dim(f, 'relevance').advice).toMatch(/how you know it was your change/);
    const evidence = 'I logged every changeover for six weeks and found most waste came from setting fill heights by eye. I wrote a setting sheet with the operators and fitted gauges on lines one and two. How I know: line three kept the old way for the same two months and stayed at about 9%, and the bottle supplier did not change.';
    expect(missingAsks(q, evidence)).toEqual([]);
  });

  it('what the candidate quotes themselves saying is not general talk', () => {
    const quoted = computeSignals('I stepped out of the interpretation and said to both, "Interpreter speaking, I think there may be a misunderstanding about the dose." Then I asked the GP to check back with the patient.');
    expect(quoted.generalShare).toBe(0);
    expect(computeSignals('I think you have to stay flexible with every patient.').generalShare).toBeGreaterThan(0.9);
  });

  it('a crisis plan of stock phrases is capped however well ordered', () => {
    const scenario = 'It is 5:30 on a Monday and eleven of your forty drivers have called in sick. The first buses leave at 6:00. What do you do?';
    const stock = "The first thing is to stay calm, because panicking doesn't help anyone. I'd assess the situation and see what resources I've got. Then I'd prioritise the most important routes and make sure they're covered. Communication is key, so I'd make sure everyone knows what's happening. Safety always comes first. Afterwards I'd do a lessons-learned review.";
    const sig = computeSignals(stock);
    expect(sig.buzzwords.length).toBeGreaterThanOrEqual(3);
    expect(evaluate({ question: { text: scenario, category: 'situational', competency: 'judgement' }, answer: stock, persona: 'helpful', profile: emptyProfile(), snippets: [] }).overall).toBeLessThanOrEqual(2.4);
  });
});

describe('session 6 (after holdout11 was read)', () => {
  it('hears the own actions of a story told in the present tense, but not of what one usually does', () => {
    const present =
      'So the bakery runs two ovens and the night shift keeps burning the rye. Last March I take over the night shift. I ask the bakers to log the oven temperature every hour for a week, and I find oven two runs 15 degrees hot after midnight. I call the engineer, he replaces the thermostat, and I change the rye bake time on that oven until he does. After a month the burnt batches go from twelve a week to one.';
    const habit =
      'On a night shift I always ask the bakers how things are going. I usually check the ovens when I arrive and I try to keep the team calm. I make sure everyone knows the plan. Good communication is what keeps a bakery running, in my experience, and I generally find people respond well to that.';
    const story = computeSignals(present);
    expect(story.iActions.length).toBeGreaterThanOrEqual(4);
    expect(story.firstOwnAction).toBeGreaterThanOrEqual(0);
    expect(story.sentences.some((s) => s.part === 'action')).toBe(true);
    expect(computeSignals(habit).firstOwnAction).toBe(-1);
    const q = 'Tell me about a time you fixed a recurring quality problem.';
    expect(ask(q, present).overall).toBeGreaterThan(ask(q, habit).overall + 0.5);
  });

  it('a "decision that turned out to be wrong" is not answered by a success story, however it opens', () => {
    const q = 'Tell me about a decision you made that turned out to be wrong.';
    const success =
      'In the snow last winter the trains stopped, so I decided to open the depot canteen overnight for stranded drivers. I arranged the staff, got the keys from facilities and put cots in the meeting room. Forty drivers slept there over two nights. Everyone said it was a great call and in the end it paid off.';
    const setback =
      'In the snow last winter I decided to keep all twelve vans on the road. That was wrong: two slid off the ring road and one driver was hurt. I should have stood down the hill routes at 6am. I now stand routes down on the forecast, not on what I see at the yard.';
    expect(missingAsks(q, success)).toContain('setback');
    expect(missingAsks(q, setback)).toEqual([]);
    // A "failure" waved away at the end ("what went wrong was really just…") admits nothing.
    const humbleBrag = `${success} So what went wrong was really just that I did too much of it myself.`;
    expect(missingAsks(q, humbleBrag)).toContain('setback');
  });

  it('an error in something patients will read asks for stopping it reaching them', () => {
    const q = 'A pharmacy chain tells you the dosing table in a patient leaflet you designed has a mistake, and the leaflets are in stores. What would you do?';
    const blame = 'First I would check the version history to see whether the mistake was in our file or introduced by their printer. If the file we delivered was right, it is between them and the printer. The main thing is to have everything documented.';
    const safe = 'I would ask them to pull the leaflets from the shelves today so no patient reads the wrong dose, and check the table against the approved text myself within the hour. Then I would reprint at our cost if it was ours, and find out how our proofing missed it.';
    expect(missingAsks(q, blame, 'plan')).toContain('make_safe');
    expect(missingAsks(q, safe, 'plan')).toEqual([]);
  });
});
