import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import type { GapEntry, Profile } from '../../../src/shared/domain.js';

/**
 * Session-9 QA of the resume/JD reader, on the tester's own documents
 * (test/fixtures/qa9): requirements called missing that the resume shows (a
 * pharmacy degree is a healthcare degree; "Manhattan WMS" is a WMS), years of one
 * thing counted as years of another, a site taken for the employer, and a German
 * resume read without a word about the reader being English-only.
 */
const doc = (name: string): string => readFileSync(new URL(`../../fixtures/qa9/${name}`, import.meta.url), 'utf8');
const pharm = buildProfile(doc('pharm-resume.txt'), doc('pharm-jd.txt'));
const ware = buildProfile(doc('ware-resume.txt'), doc('ware-jd.txt'));
const german = buildProfile(doc('de-resume.txt'), doc('ware-jd.txt'));

const gap = (p: Profile, needle: string): GapEntry => {
  const found = p.gaps.find((g) => g.requirement.includes(needle));
  if (!found) throw new Error(`no requirement containing "${needle}"`);
  return found;
};
const reqs = (...lines: string[]): string => `Requirements:\n${lines.map((l) => `- ${l}`).join('\n')}`;

describe('degrees and backgrounds are read by field (finding 1)', () => {
  it('a PharmD and an MPharm meet "Life-science or healthcare degree; pharmacy or nursing background welcome"', () => {
    const degree = gap(pharm, 'Life-science or healthcare degree');
    expect(degree.covered).toBe(true);
    expect(degree.evidence).toEqual(expect.arrayContaining(['MPharm, University of Bradford, 2015 (First Class)']));
    expect(degree.evidence.some((e) => e.includes('PharmD'))).toBe(true);
  });

  it('never asks a pharmacist about the healthcare degree as if it were missing', () => {
    const qs = generateQuestions({ profile: pharm, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 40, existing: [], snippets: [] });
    expect(qs.length).toBeGreaterThan(5);
    for (const q of qs.filter((x) => x.category === 'gap')) expect(q.text).not.toContain('Life-science or healthcare degree');
  });

  it('meets a field through the fields within it, and not through another field', () => {
    const nurse = `Jo Bloggs\nExperience\nStaff Nurse, Leeds General Infirmary, 2018 – present\n- Ran medication rounds for 28 patients.\nEducation\nBSc (Hons) Nursing, University of Leeds, 2018\n`;
    const mba = `Sam Lee\nExperience\nOperations Lead, Acme Retail, 2015 – 2023\n- Ran 3 stores.\nEducation\nMBA, Warwick Business School, 2014\n`;
    const biology = `Ana Ruiz\nExperience\nLab Technician, GenLab Ltd, 2019 – 2024\n- Ran PCR assays.\nEducation\nMSc Biology, University of Leeds\n`;
    const jd = reqs('Nursing degree.', 'Healthcare degree.', 'Life-science degree.', "Master's degree in nursing.", 'PhD in biology.');
    expect(buildProfile(nurse, jd).gaps.map((g) => g.covered)).toEqual([true, true, false, false, false]);
    expect(gap(buildProfile(nurse, jd), "Master's degree").partly).toBe("your resume shows a bachelor's degree, not a master's degree");
    // The negative case from the brief: an MBA is no nursing degree, and no healthcare one.
    expect(buildProfile(mba, jd).gaps.map((g) => g.covered)).toEqual([false, false, false, false, false]);
    expect(gap(buildProfile(mba, jd), 'Nursing degree').evidence).toEqual([]);
    expect(buildProfile(biology, jd).gaps.map((g) => g.covered)).toEqual([false, false, true, false, false]);
    expect(gap(buildProfile(biology, jd), 'PhD').partly).toBe("your resume shows a master's degree, not a doctorate");
  });

  it('reads "or a related field", and a bare degree of any field', () => {
    const maths = `Tom Ng\nExperience\nData Analyst, Brightlane Ltd, 2019 – 2024\n- Built dashboards in SQL.\nEducation\nBSc Mathematics, University of Bath, 2019\n`;
    const jd = reqs('Bachelor’s degree in Computer Science or a related field.', 'Degree in Computer Science.', "Bachelor's degree.");
    expect(buildProfile(maths, jd).gaps.map((g) => g.covered)).toEqual([true, false, true]);
  });

  it('an associate degree is shown in part against a bachelor’s', () => {
    expect(gap(ware, "Bachelor's degree")).toMatchObject({
      covered: false,
      partly: "your resume shows an associate degree, not a bachelor's degree",
      evidence: ['Associate degree, Business Management, Truckee Meadows Community College, 2017'],
    });
  });
});

describe('named systems and their examples (finding 1)', () => {
  it('"Manhattan WMS" shows "a WMS (Manhattan, Blue Yonder or similar)"; Excel, not on the resume, stays missing', () => {
    const wms = gap(ware, 'WMS');
    expect(wms.covered).toBe(false);
    expect(wms.partly).toBe('your resume shows WMS but not Excel');
    expect(wms.evidence).toEqual(['Trained new hires on the RF guns and Manhattan WMS.']);
  });

  it('an example named without the abbreviation counts; a one-word example needs the thing beside it', () => {
    const jd = reqs('Experience with a WMS (Manhattan, Blue Yonder or similar).');
    const header = 'Kim Lo\nExperience\nShift Lead, Acme Logistics, 2018 – 2024\n';
    expect(gap(buildProfile(`${header}- Configured Blue Yonder slotting rules for 4 sites.\n`, jd), 'WMS').covered).toBe(true);
    // "Manhattan" alone is a place as often as a product.
    expect(gap(buildProfile(`${header}- Opened our Manhattan depot with 12 drivers.\n`, jd), 'WMS').covered).toBe(false);
  });

  it('CTMS and EDC named by example products are both met by either product; neither is on the pharmacist’s resume', () => {
    expect(gap(pharm, 'CTMS')).toMatchObject({ covered: false, required: false, evidence: [] });
    const veeva = buildProfile(`Ana Ruiz\nExperience\nCRA, Parexel, 2019 – 2024\n- Tracked 12 sites in Veeva Vault.\n`, doc('pharm-jd.txt'));
    expect(gap(veeva, 'CTMS').covered).toBe(true);
  });
});

describe('years are years of the requirement’s subject (finding 2)', () => {
  it('"3+ years of clinical research experience, ideally in oncology" is required, and 8 years in acute care are not research', () => {
    const research = gap(pharm, 'clinical research');
    expect(research.required).toBe(true);
    expect(research.covered).toBe(false);
    expect(research.evidence.join(' ')).not.toMatch(/acute care/);
  });

  it('"5 years of clinical research" is not met by 8 years in retail; retail years still count for retail', () => {
    const retail = `Pat Kim\nStore manager with 8 years in retail.\nExperience\nStore Manager, Tesco, 2016 – 2024\n- Ran a store of 40 staff.\n`;
    const p = buildProfile(retail, reqs('5 years of clinical research.', '5+ years of retail management experience.', '3+ years of experience.'));
    expect(p.gaps.map((g) => g.covered)).toEqual([false, true, true]);
    expect(p.gaps[0]!.evidence).toEqual([]);
  });

  it('counts the roles that show the subject, and roles of the same kind, when the resume states no years', () => {
    const years = gap(ware, '5+ years in warehouse operations');
    expect(years.covered).toBe(true);
    expect(years.evidence[0]).toContain('Nightfall Distribution Center');
  });

  it('an "ideally …" qualifier does not make a requirement optional, but "preferred" does', () => {
    const p = buildProfile(null, reqs('Python, ideally with Django.', 'Bachelor’s degree, preferably in CS.', 'Terraform (preferred).'));
    expect(p.job.requirements.map((r) => r.required)).toEqual([true, true, false]);
    expect(p.job.requirements[0]!.skills).toEqual(['python']);
  });
});

describe('the company beside the title (finding 3)', () => {
  it('reads the company on the line under "Operations Manager – Fulfilment Center"', () => {
    expect(ware.job).toMatchObject({ title: 'Operations Manager', company: 'Sierra Home Goods' });
    const qs = generateQuestions({ profile: ware, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 40, existing: [], snippets: [] });
    expect(qs.some((q) => q.text.includes('Sierra Home Goods'))).toBe(true);
    expect(qs.some((q) => q.text.includes('Fulfilment Center,'))).toBe(false);
  });

  it('reads the company line under a title whose dash-suffix is no name at all', () => {
    expect(pharm.job).toMatchObject({ title: 'Clinical Trial Manager', company: 'Northbridge Clinical Research Ltd' });
  });

  it('keeps a real employer after the dash', () => {
    const body = '\n\nRequirements\n- Retail experience';
    expect(buildProfile(null, `Store Manager – Tesco${body}`).job.company).toBe('Tesco');
    expect(buildProfile(null, `Store Manager – Tesco\nCambridge, UK${body}`).job.company).toBe('Tesco');
    // A site alone is no employer.
    expect(buildProfile(null, `Operations Manager – Fulfilment Center${body}`).job.company).toBeNull();
  });
});

describe('documents not in English (finding 4)', () => {
  it('carries a plain notice on a German resume, still reads what it can, and finds the name after "Lebenslauf –"', () => {
    expect(german.notices).toEqual([
      expect.objectContaining({ document: 'resume', code: 'not_english', language: 'German', message: expect.stringMatching(/doesn't look like English.*reads English only/) }),
    ]);
    expect(german.candidateName).toBe('Marcus Lindqvist');
    expect(german.job.company).toBe('Sierra Home Goods');
  });

  it('gives no notice to English documents, even with a few German words in them', () => {
    const mixed = `Marcus Lindqvist\nExperience\nNight Shift Lead, Nightfall Distribution, 2020 – now\n- Ran the Kommissionierung und Verladung team of 38 in the Berlin DC, with daily reports for the site manager.\n- Cut mis-ships from 0.9% to 0.3% by adding a scan check at the dock door.\nLanguages: German (Muttersprache), English\n`;
    expect(buildProfile(mixed, doc('ware-jd.txt')).notices).toEqual([]);
    expect(pharm.notices).toEqual([]);
    expect(ware.notices).toEqual([]);
  });

  it('names the document: a job description in Spanish, a resume in another script', () => {
    const spanish = 'Gerente de Operaciones – Centro de Distribución\nLogística Sur, Sevilla\nRequisitos\n- 5 años de experiencia en operaciones de almacén con un equipo de supervisores.\n- Conocimiento de un WMS y de Excel para la gestión de los informes.';
    expect(buildProfile(doc('ware-resume.txt'), spanish).notices).toEqual([expect.objectContaining({ document: 'job_description', language: 'Spanish' })]);
    const russian = buildProfile('Иван Петров\nРуководитель смены, склад, 2019 – 2024\n- Управлял командой из 30 человек.', null).notices;
    expect(russian).toEqual([expect.objectContaining({ document: 'resume', language: null, message: expect.stringMatching(/^This resume doesn't look like English\./) })]);
  });
});
