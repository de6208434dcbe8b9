/**
 * Emoji in the PDF study guide. No embedded font draws them (they came out as
 * "?", and a joined emoji such as 🤷‍♀️ left a stray "♀"), and in an interview
 * answer they carry no meaning, so they are left out before layout — whole
 * clusters: the pictograph with its joiners, variation selectors, skin tones
 * and tags. A pictograph typed as text that the font has ("©", "☎") stays.
 * The Markdown and JSON exports keep the text as written.
 */

/**
 * Code point ranges of the parts that only shape an emoji: the zero-width joiner,
 * variation selectors, the keycap mark, skin-tone modifiers and tag characters.
 * (Code points, not a regex class: a class holding a joiner reads as one combined character.)
 */
const EMOJI_PARTS: [number, number][] = [[0x200d, 0x200d], [0xfe00, 0xfe0f], [0x20e3, 0x20e3], [0x1f3fb, 0x1f3ff], [0xe0020, 0xe007f]];
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** A flag is a pair of regional indicators. */
const FLAG_LETTER = /\p{Regional_Indicator}/u;
const EMOJI_STYLE = /\p{Emoji_Presentation}/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const isPartCode = (cp: number): boolean => EMOJI_PARTS.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Is this character one of an emoji's shaping parts (dropped wherever it appears)? */
export function isEmojiPart(ch: string): boolean {
  return isPartCode(ch.codePointAt(0)!);
}

const hasPart = (text: string): boolean => [...text].some(isEmojiPart);

/** Text that may hold an emoji; most text has none and skips the grapheme pass. */
const mayHoldEmoji = (text: string): boolean => PICTOGRAPH.test(text) || FLAG_LETTER.test(text) || hasPart(text);

/** Is this user-perceived character an emoji (drawn as a picture, or a pictograph the font lacks)? */
function isEmoji(cluster: string, drawable: (cp: number) => boolean): boolean {
  if (FLAG_LETTER.test(cluster)) return true;
  if (!PICTOGRAPH.test(cluster)) return false;
  if (EMOJI_STYLE.test(cluster) || hasPart(cluster)) return true;
  return [...cluster].some((ch) => PICTOGRAPH.test(ch) && !drawable(ch.codePointAt(0)!));
}

/**
 * The text without its emoji, and how many were left out. A space left doubled
 * by a removed emoji ("ok 🙂 so") closes up ("ok so").
 */
export function stripEmoji(text: string, drawable: (cp: number) => boolean): { text: string; emoji: number } {
  if (!mayHoldEmoji(text)) return { text, emoji: 0 };
  let out = '';
  let emoji = 0;
  let closeUp = false;
  for (const { segment } of graphemes.segment(text)) {
    if (isEmoji(segment, drawable)) {
      emoji++;
      closeUp = out === '' || out.endsWith(' ') || out.endsWith('\n');
      continue;
    }
    if (!(closeUp && segment === ' ')) out += segment;
    closeUp = false;
  }
  return { text: out, emoji };
}
