/**
 * A resume (or any imported document) stores its roles and achievements as
 * stories, never its contact line, a bare section name, a profile section or
 * a list of skills; a note the user types keeps every word. Headings are
 * stored readably: no second colon, no capitals-only shouting.
 */
import { describe, expect, it } from 'vitest';
import { chunkText, DEFAULT_CHUNK, headingLine } from '../../../src/server/services/work-history/chunk.js';
import { importSection, isContactLine, isSkillsList } from '../../../src/server/services/work-history/import-filter.js';
import { useWorkHistoryService } from './service-fixture.js';

const importChunks = (text: string): string[] => chunkText(text, DEFAULT_CHUNK, importSection);

const MARKDOWN_RESUME = `# Amara Osei
amara.osei@example.net · Accra, Ghana · linkedin.com/in/amaraosei

## Professional Summary
Nurse manager with twelve years on surgical wards and a soft spot for rota spreadsheets.

## Experience

### Ward Manager — St Brendan's Hospital (2018–2024)
- Cut agency staffing spend by 27% by building a bank-nurse pool
- Led the ward through its first unannounced inspection, rated good

## Skills
Rostering, E-Roster, Excel, infection control, mentoring
`;

const PLAIN_RESUME = `AMARA OSEI
+233 24 412 7788 | amara.osei@example.net

SUMMARY
Nurse manager with twelve years on surgical wards.

EXPERIENCE
Ward Manager, St Brendan's Hospital, Accra, 2018 - 2024
- Cut agency staffing spend by 27% by building a bank-nurse pool

Key skills: Rostering, E-Roster, Excel
`;

describe('an imported resume', () => {
  it('keeps each role with its achievements and drops contact, summary and skills (Markdown)', () => {
    expect(importChunks(MARKDOWN_RESUME)).toEqual([
      "Ward Manager — St Brendan's Hospital (2018–2024):\nCut agency staffing spend by 27% by building a bank-nurse pool\nLed the ward through its first unannounced inspection, rated good",
    ]);
  });

  it('does the same for plain text with capitals headings, and keeps a dated role line', () => {
    expect(importChunks(PLAIN_RESUME)).toEqual([
      "Ward Manager, St Brendan's Hospital, Accra, 2018 - 2024\nCut agency staffing spend by 27% by building a bank-nurse pool",
    ]);
  });

  it('stores nothing from a document that is only contact details and skills', () => {
    expect(importChunks('Amara Osei\namara.osei@example.net\n\nSKILLS\nRostering, Excel, mentoring, triage')).toEqual([]);
  });

  it('leaves a brag document’s stories whole', () => {
    const brag = '## Summer of 2023\nI covered three wards during the heatwave, moved fans, fluids and staff between them every shift, and no patient had a heat-related fall.';
    expect(importChunks(brag)).toEqual(chunkText(brag));
  });

  it('tells contact and skills lines from role lines and sentences', () => {
    expect(isContactLine('amara.osei@example.net · Accra, Ghana')).toBe(true);
    expect(isContactLine('+44 7700 900 123 | github.com/amara')).toBe(true);
    expect(isContactLine('Ward Manager, St Brendan’s, 2018 - 2024 (6 years)')).toBe(false);
    expect(isContactLine('Answered 40 emails a day from patients@example.net and cut the reply time from three days to one, with a shared template library')).toBe(false);
    expect(isSkillsList('Go, TypeScript, PostgreSQL, Kafka, incident management')).toBe(true);
    expect(isSkillsList('- Tools: Jira, Figma')).toBe(true);
    expect(isSkillsList('Ward Manager, St Brendan’s, Accra, 2018–2024')).toBe(false);
    expect(isSkillsList('I wrote the rota, the checklist, the handover sheet and the audit plan.')).toBe(false);
  });
});

describe('a typed note', () => {
  const service = useWorkHistoryService();

  it('is stored as typed, even when it is a list of skills; the same text as a resume stores nothing, and says why', async () => {
    const text = 'Skills: rostering, Excel, mentoring, triage';
    expect((await service().add('owner-note', { text, source: 'note' })).created.map((s) => s.text)).toEqual([text]);
    await expect(service().add('owner-resume', { text, source: 'resume' })).rejects.toThrow(/Nothing in this text reads as a story/);
  });
});

describe('a stored heading', () => {
  it('has one colon at most, a full stop when it has one of its own', () => {
    expect(headingLine('A deadline I missed: HIPAA audit logging')).toBe('A deadline I missed: HIPAA audit logging.');
    expect(headingLine('Cutting the bill::')).toBe('Cutting the bill:');
    expect(headingLine('Why I left?')).toBe('Why I left?');
    expect(importChunks('## A deadline I missed: the audit\nI promised four weeks and it took nine.')).toEqual(['A deadline I missed: the audit.\nI promised four weeks and it took nine.']);
  });

  it('is put in sentence case when written in capitals, acronyms and figures kept', () => {
    expect(headingLine('HIRING SIX ENGINEERS')).toBe('Hiring six engineers:');
    expect(headingLine('CUTTING THE AWS BILL IN Q3')).toBe('Cutting the AWS bill in Q3:');
    expect(headingLine('WHAT I LEARNED ON-CALL')).toBe('What I learned on-call:');
    expect(headingLine('Hiring at NHS Digital')).toBe('Hiring at NHS Digital:');
  });
});
