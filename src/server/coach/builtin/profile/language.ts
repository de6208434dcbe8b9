/**
 * Whether a document is written in English, so the UI can say plainly that the
 * built-in reader understands English only. Function words give a language away
 * in a few lines ("und", "mit", "der" against "and", "with", "the"); names, tools
 * and numbers say nothing. Documents mostly in another script (Cyrillic, CJK,
 * Arabic…) are not English either. Never blocks an upload; it only informs.
 */
import type { DocumentKind, ProfileNotice } from '../../../../shared/domain.js';

const list = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Common English function words (none of them common in the other lists). */
const ENGLISH = list(
  'the and of to with for on at by from is are was were be been has have had this that these those which who our we you your my i an ' +
    'it its into over under while through across than then also not no but or as per each every both such using including',
);

/**
 * Function words of the languages people most often upload instead, leaving out
 * those that are also English words ("in", "die", "a", "as", "also"). A word may
 * belong to several ("de", "en"): it counts against English once, and for each.
 */
const OTHERS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['German', list('der das und mit von zu dem den des ein eine einer einem eines im für auf ist nicht auch bei durch seit zur zum über sich aus nach oder wir ich sowie bis ohne unter zwischen wurde wurden sind als wie')],
  ['French', list('de la en le les et des du un une pour avec dans sur par au aux est que qui ce cette chez ou où nous je mes mon ses sont été lors depuis entre')],
  ['Spanish', list('de la en un el los las y del con para por una que es al como desde entre sus mi mis fue también donde durante')],
  ['Portuguese', list('de os e do da dos das em com para por um uma que é ao como desde entre seus minha meu foi são também onde durante na')],
  ['Italian', list('la un il lo gli e di del della delle dei con una che è nel nella alla dal dalla tra sono anche durante mio mia')],
  ['Dutch', list('de het en van een met voor op bij naar niet aan ook zijn werd worden als tot mijn wij ik uit')],
];

/** Fewer function words than this and the document is too short to judge. */
const MIN_WORDS = 6;
const SAMPLE_CHARS = 20_000;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** The share of letters outside the Latin script (0 for English, near 1 for Russian or Japanese). */
function nonLatinShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return 1 - latin / letters;
}

/** The language a text is mostly written in when it is not English; null when it reads as English or cannot be judged. */
export function notEnglish(full: string): { language: string | null } | null {
  // The opening pages say which language a document is in; a 200k-character paste need not be read whole.
  const text = full.slice(0, SAMPLE_CHARS);
  if (nonLatinShare(text) > 0.5) return { language: null };
  const ws = tokens(text);
  const english = ws.filter((w) => ENGLISH.has(w)).length;
  const other = ws.filter((w) => OTHERS.some(([, words]) => words.has(w))).length;
  // Mostly another language: an English resume quoting "Kommissionierung und Verladung" stays English.
  if (other + english < MIN_WORDS || other <= 2 * english) return null;
  const counts = OTHERS.map(([language, words]) => ({ language, count: ws.filter((w) => words.has(w)).length }));
  return { language: counts.reduce((a, b) => (b.count > a.count ? b : a)).language };
}

const NOUNS: Record<DocumentKind, string> = { resume: 'resume', job_description: 'job description' };

/** The notice for a document that does not read as English, or none. */
export function languageNotice(text: string | null, document: DocumentKind): ProfileNotice[] {
  const found = text ? notEnglish(text) : null;
  if (!found) return [];
  const noun = NOUNS[document];
  const seems = found.language ? ` (it reads like ${found.language})` : '';
  return [
    {
      document,
      code: 'not_english',
      language: found.language,
      message: `This ${noun} doesn't look like English${seems}. The built-in coach reads English only, so its questions and the requirements map may miss things. An English version of the ${noun} will work best.`,
    },
  ];
}
