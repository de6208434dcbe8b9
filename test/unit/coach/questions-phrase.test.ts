/**
 * A job-description line as a phrase a question can use: its first clause, cut
 * at a clean boundary when long, without "3+ years of … experience" or "is a
 * plus" — or nothing, rather than broken grammar.
 */
import { describe, expect, it } from 'vitest';
import { phraseOf } from '../../../src/server/coach/builtin/questions/phrase.js';
import { namedTerms } from '../../../src/server/coach/builtin/questions/terms.js';

describe('phraseOf', () => {
  it.each([
    // Responsibilities: a verb phrase, first clause only.
    ['Own trial timelines, budgets and recruitment targets; report status to sponsors weekly.', 'verb', 'own trial timelines, budgets and recruitment targets'],
    ['Select, initiate and oversee sites; manage a team of 4-6 Clinical Research Associates (CRAs).', 'verb', 'select, initiate and oversee sites'],
    ['Manage vendors: central labs, IRT/IWRS, drug supply and courier companies.', 'verb', 'manage vendors'],
    ['Drive continuous improvement (Lean, 5S, Kaizen) and work with engineering on automation projects.', 'verb', 'drive continuous improvement and work with engineering on automation projects'],
    ['Fault-find on PLC-controlled machinery and three-phase distribution systems to keep downtime to a minimum.', 'verb', 'fault-find on PLC-controlled machinery and three-phase distribution systems'],
    ['Lead peak season planning (volume triples in November-December).', 'verb', 'lead peak season planning'],
    // Long lines are cut at a clause, never inside a list or after "two" of "two to three".
    ['You will manage the day-to-day delivery of two to three oncology trials across 15-25 UK and EU sites, from site selection to database lock.', 'verb', 'manage the day-to-day delivery of two to three oncology trials'],
    ['Carry out planned and reactive electrical maintenance on production lines, motors, inverters and control panels.', 'verb', 'carry out planned and reactive electrical maintenance'],
    ['Prepare monthly management accounts, including accruals, prepayments and balance sheet reconciliations, within five working days of month end.', 'verb', 'prepare monthly management accounts'],
    ['Adapt teaching for pupils with special educational needs (SEN), working closely with the SENCO and teaching assistants.', 'verb', 'adapt teaching for pupils with special educational needs'],
    ['You will produce the monthly management accounts for a £60M housing association and partner with budget holders across the business.', 'verb', 'produce the monthly management accounts'],
    // Requirements: the thing asked for, without how much of it.
    ['Solid knowledge of ICH-GCP and investigational product management.', 'noun', 'ICH-GCP and investigational product management'],
    ['3+ years of clinical research experience, ideally in oncology.', 'noun', 'clinical research'],
    ['5+ years in warehouse operations, 2+ years managing supervisors.', 'noun', 'warehouse operations'],
    ['Experience with CTMS and EDC systems (e.g. Veeva Vault, Medidata Rave) is a plus.', 'noun', 'CTMS and EDC systems'],
    ['Budget ownership and P&L understanding.', 'noun', 'budget ownership and P&L understanding'],
    ["At least 3 years' post-qualification experience in management accounting.", 'noun', 'management accounting'],
    ['Strong subject knowledge of the primary maths curriculum.', 'noun', 'the primary maths curriculum'],
    ["Minimum 2 years' experience as a HGV Class 1 driver.", 'noun', 'working as a HGV Class 1 driver'],
    ['Solid working knowledge of Xero.', 'noun', 'Xero'],
    ['Ability to use assessment information to plan interventions.', 'verb', 'use assessment information to plan interventions'],
    ['Order processing and dispatch.', 'noun', 'order processing and dispatch'],
    ["You'll be the first point of contact for residents.", 'noun', 'being the first point of contact for residents'],
  ] as const)('%s', (line, kind, text) => {
    expect(phraseOf(line, line)).toEqual({ kind, text });
  });

  it.each([
    ['Life-science or healthcare degree; pharmacy or nursing background welcome.'],
    ['CIMA, ACCA or ACA qualified (or finalist).'],
    ['Must have a full UK driving licence.'],
    ['Able to work on a call-out rota.'],
    ['Willing to lead an after-school club.'],
    ['Confident presenting financial information to non-finance managers.'],
    ['Ability to work under pressure in a fast-paced environment.'],
    ['5+ years of experience.'],
    ['We are looking for a Year 4 class teacher to join our friendly team from September.'],
    // No clean place to cut: nothing rather than a clipped phrase.
    ['Coordinate safe timely movement of inbound freight consignments throughout our regional network of depots every single week'],
  ])('gives no phrase for “%s” (a qualification, a trait, hours, the employer talking, or too long to cut cleanly)', (line) => {
    expect(phraseOf(line, line)).toBeNull();
  });

  it('keeps a capital that belongs to a name, and drops one that only starts the line', () => {
    const jd = 'Drive continuous improvement (Lean, 5S, Kaizen).';
    expect(phraseOf('Lean or Six Sigma tools.', jd)?.text).toBe('Lean or Six Sigma tools');
    expect(phraseOf('Budget ownership.', jd)?.text).toBe('budget ownership');
  });
});

describe('namedTerms', () => {
  it('finds the methods and standards a JD names, not places, people or qualifications', () => {
    const lines = [
      'Ensure compliance with ICH-GCP E6(R3), EU CTR 536/2014 and the sponsor’s SOPs.',
      'Identify and escalate risks; run corrective and preventive actions (CAPA) after deviations.',
      'Drive continuous improvement (Lean, 5S, Kaizen) and work with HR on staffing.',
      'Complete inspection and testing of installations to BS 7671.',
      'Work closely with the SENCO and teaching assistants.',
      'Experience with a WMS (Manhattan, Blue Yonder or similar).',
      'CIMA or ACCA qualified.',
    ];
    expect(namedTerms(lines, 'Operations Manager', 20).map((t) => t.name)).toEqual(['ICH-GCP', 'CTR 536/2014', 'CAPA', 'Lean', '5S', 'Kaizen', 'BS 7671', 'WMS']);
  });
});
