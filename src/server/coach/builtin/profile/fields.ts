/**
 * Fields of study and the families they belong to, as a person knows them: a
 * pharmacy degree is a healthcare degree and a life-science one; biochemistry is a
 * life science; accounting is finance and business. A requirement naming a field
 * is met by a degree in that field or in any field within it (`fieldsWithin`).
 * Curated, small, English only; the families are what job descriptions ask for.
 */

export interface Field {
  key: string;
  /** How a text names the field (case-insensitive). */
  named: RegExp;
  /** The broader fields this one belongs to. */
  within: readonly string[];
  /** People of a regulated profession in this field ("pharmacist", "registered nurse"): they hold its qualification. */
  licensed?: RegExp;
  /** People who work in the field ("engineer", "accountant"): a background, not a degree. */
  people?: RegExp;
}

const f = (key: string, named: RegExp, within: readonly string[], extra: Partial<Field> = {}): Field => ({ key, named, within, ...extra });

/**
 * Most specific first: a text is read in this order and each match is blanked out,
 * so "molecular biology" is not read again as "biology", nor "health sciences" as "science".
 */
export const FIELDS: readonly Field[] = [
  // Healthcare and the life sciences.
  f('pharmacology', /\bpharmacology\b/i, ['life science']),
  f('pharmacy', /\bpharmacy\b|\bpharmaceutical sciences?\b/i, ['healthcare', 'life science'], { licensed: /\bpharmacists?\b/i }),
  f('midwifery', /\bmidwifery\b/i, ['healthcare'], { licensed: /\bmidwi(?:fe|ves)\b/i }),
  f('nursing', /\bnursing\b/i, ['healthcare'], { licensed: /\b(?:registered|staff|charge|specialist|practice|clinical) nurses?\b|\bnurse (?:practitioner|specialist|manager)s?\b/i }),
  f('dentistry', /\bdentistry\b|\bdental (?:surgery|science)\b/i, ['healthcare'], { licensed: /\bdentists?\b/i }),
  f('medicine', /\bmedicine\b|\bmedical (?:degree|school|sciences?)\b/i, ['healthcare', 'life science'], { licensed: /\b(?:physicians?|surgeons?|general practitioners?)\b/i }),
  f('allied health', /\bphysiotherapy\b|\bphysical therapy\b|\boccupational therapy\b|\bradiography\b|\bparamedic(?:ine| science)\b|\bdietetics\b|\bnutrition\b|\boptometry\b|\bspeech (?:and language )?therapy\b/i, ['healthcare'], {
    licensed: /\b(?:physiotherapists?|physical therapists?|occupational therapists?|radiographers?|paramedics?|dietitians?|optometrists?)\b/i,
  }),
  f('public health', /\bpublic health\b|\bepidemiology\b/i, ['healthcare']),
  f('biomedical science', /\bbiomedical sciences?\b|\bbiomedicine\b/i, ['life science', 'healthcare']),
  f('biochemistry', /\bbiochemistry\b/i, ['biology', 'chemistry']),
  f('biology', /\b(?:micro|marine |molecular |cell |cellular )?biology\b|\bbiological sciences?\b|\bbiosciences?\b|\bgenetics\b|\bimmunology\b|\bzoology\b|\bbotany\b|\becology\b/i, ['life science']),
  f('neuroscience', /\bneurosciences?\b|\bphysiology\b|\bbiotechnology\b/i, ['life science']),
  f('psychology', /\bpsychology\b/i, ['social science']),
  f('life science', /\blife[- ]sciences?\b/i, ['science']),
  f('healthcare', /\bhealth[- ]?care\b|\bhealth(?:[- ]related)? (?:sciences?|degree|field|background|qualification|discipline|studies)\b|\bclinical (?:degree|background|qualification|field|discipline)s?\b/i, []),
  // Engineering, computing and the quantitative fields.
  f('software engineering', /\bsoftware engineering\b/i, ['computer science', 'engineering']),
  f('data science', /\bdata science\b/i, ['computer science', 'quantitative']),
  f('computer science', /\bcomputer science\b|\bcomputing\b|\binformatics\b|\binformation (?:technology|systems)\b|\bcomp ?sci\b/i, ['science', 'quantitative']),
  ...['mechanical', 'electrical', 'electronic', 'civil', 'chemical', 'aerospace', 'industrial', 'biomedical', 'structural', 'manufacturing'].map((d) =>
    f(`${d} engineering`, new RegExp(`\\b${d} engineering\\b`, 'i'), ['engineering']),
  ),
  f('engineering', /\bengineering\b/i, ['quantitative'], { people: /\bengineers?\b/i }),
  f('mathematics', /\bmath(?:ematic)?s?\b|\bstatistics\b|\bactuarial science\b/i, ['science', 'quantitative']),
  f('physics', /\bphysics\b|\bastronomy\b/i, ['physical science', 'quantitative']),
  f('chemistry', /\bchemistry\b/i, ['physical science']),
  f('physical science', /\bphysical sciences?\b/i, ['science']),
  f('economics', /\beconomics\b|\beconometrics\b/i, ['quantitative', 'social science']),
  // Business and the professions.
  f('accounting', /\baccount(?:ing|ancy)\b/i, ['finance'], { people: /\baccountants?\b/i }),
  f('finance', /\bfinance\b|\bbanking\b/i, ['business']),
  f('marketing', /\bmarketing\b/i, ['business']),
  f('supply chain', /\bsupply chain(?: management)?\b|\blogistics\b|\boperations management\b/i, ['business']),
  f('human resources', /\bhuman resources?(?: management)?\b/i, ['business']),
  f('business', /\bbusiness(?: administration| management| studies)?\b|\bcommerce\b|\bmanagement (?:studies|science)\b/i, []),
  f('education', /\beducation\b|\bteaching\b|\bpedagogy\b/i, [], { people: /\bteachers?\b/i }),
  f('law', /\blaw\b|\blegal studies\b|\bjurisprudence\b/i, [], { licensed: /\b(?:solicitors?|barristers?|attorneys?|lawyers?)\b/i }),
  f('social science', /\bsocial sciences?\b|\bsociology\b|\bpolitical science\b|\bpolitics\b|\banthropology\b/i, []),
  f('quantitative', /\bquantitative (?:field|discipline|degree|subject)s?\b|\bnumerate (?:field|discipline|degree|subject)s?\b/i, []),
  f('science', /\bSTEM\b|\bscience (?:degree|field|background|discipline)s?\b|\bscientific (?:degree|field|background|discipline)s?\b|\bnatural sciences?\b/i, []),
];

/** The fields a text names, most specific first; each stretch of text is read once. */
export function fieldsIn(text: string): string[] {
  let rest = text;
  const out: string[] = [];
  for (const field of FIELDS) {
    const re = new RegExp(field.named.source, 'gi');
    if (!re.test(rest)) continue;
    out.push(field.key);
    rest = rest.replace(re, ' ');
  }
  return out;
}

/** The field and every field within it, however deep ("healthcare" → pharmacy, nursing, medicine…). */
export function fieldsWithin(keys: Iterable<string>): Set<string> {
  const out = new Set<string>(keys);
  let grew = true;
  while (grew) {
    grew = false;
    for (const field of FIELDS) {
      if (out.has(field.key) || !field.within.some((w) => out.has(w))) continue;
      out.add(field.key);
      grew = true;
    }
  }
  return out;
}

/** The field's regulated profession named in a line ("Senior Clinical Pharmacist" → pharmacy), or none. */
export function licensedIn(line: string): string[] {
  return FIELDS.filter((x) => x.licensed?.test(line)).map((x) => x.key);
}

/** Fields whose people (regulated or not) a line names: a background, as in "pharmacy or engineering background". */
export function peopleIn(line: string): string[] {
  return FIELDS.filter((x) => x.licensed?.test(line) || x.people?.test(line)).map((x) => x.key);
}

/**
 * "Computer science or a related field": fields sharing a direct family with a
 * named one (mathematics, physics, engineering for computer science; pharmacy or
 * medicine for nursing). The broad "science" family relates nothing on its own.
 */
export function relatedFields(keys: Iterable<string>): Set<string> {
  const named = new Set(keys);
  const families = new Set(FIELDS.filter((x) => named.has(x.key)).flatMap((x) => x.within.filter((w) => w !== 'science')));
  return new Set(FIELDS.filter((x) => x.within.some((w) => families.has(w))).map((x) => x.key));
}
