/**
 * An ALL-CAPS heading ("HIRING SIX ENGINEERS") in sentence case ("Hiring six
 * engineers"): a stored story's heading is shown and quoted back in questions,
 * where capitals read as shouting. Short words that are not common English
 * ("AWS", "API", "SRE") and words with digits ("Q1", "P99") are taken for
 * acronyms and keep their capitals.
 */

/** One- to three-letter English words: these are words, not acronyms, in a capitals-only heading. */
const SHORT_WORDS = new Set(
  (
    'a i an as at be by do go he if in is it me my no of on or so to up us we ' +
    'act add ago aim all and any are ask bad big bit but buy can cut day did end few fix for fun gap get got ' +
    'had has her him his hit how its job key law led let lot low men met new nor not now off old one our out ' +
    'own pay per put ran run saw say see set she six ten the too top try two use via was way who why win ' +
    'won yes yet you'
  ).split(' '),
);

function caseWord(word: string, first: boolean): string {
  if (word === 'I') return word;
  if (/\d/.test(word) || (word.length <= 3 && !SHORT_WORDS.has(word.toLowerCase()))) return word;
  const lower = word.toLowerCase();
  return first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** The heading in sentence case when it is written in capitals only; any other heading unchanged. */
export function sentenceCase(heading: string): string {
  if (/\p{Ll}/u.test(heading) || !/\p{Lu}{2}/u.test(heading)) return heading;
  let first = true;
  return heading.replace(/[\p{L}\d]+/gu, (word) => {
    const out = caseWord(word, first);
    first = false;
    return out;
  });
}
