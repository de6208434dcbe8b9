/**
 * Text normalisation shared by every format and by pasted text: real resumes
 * come out of PDF exporters with ligature glyphs, soft hyphens, words split
 * across lines, odd bullet glyphs and ragged whitespace.
 */
import { AppError } from '../errors.js';
import { resolveLimits, type ExtractLimits } from './types.js';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/**
 * Second halves that make a real compound when a line ends in a hyphen
 * ("event-\ndriven" stays "event-driven"); anything else is treated as a
 * typesetter's hyphenation and joined ("manage-\nment" → "management").
 */
const COMPOUND_TAILS = new Set([
  'based', 'driven', 'oriented', 'focused', 'facing', 'level', 'scale', 'time', 'term', 'end',
  'first', 'owned', 'related', 'specific', 'free', 'friendly', 'ready', 'aware', 'critical',
  'native', 'centric', 'source', 'world', 'year', 'month', 'week', 'day', 'hour', 'grade',
  'making', 'solving', 'functional', 'team', 'side', 'stack', 'house', 'quality', 'depth',
  'date', 'line', 'service', 'served', 'sourced', 'hand', 'hands', 'on', 'off', 'up', 'down',
  'in', 'out', 'over', 'to', 'per', 'edge', 'wide', 'like', 'led', 'run', 'built', 'made',
]);
const COMPOUND_HEADS = new Set([
  'self', 'cross', 'co', 'non', 'multi', 'full', 'part', 'high', 'low', 'long', 'short', 'well',
  'real', 'end', 'front', 'back', 'open', 'data', 'test', 'user', 'cloud', 'client', 'server',
  'mid', 'pre', 'post', 're', 'sub', 'semi', 'anti', 'cost', 'fast', 'large', 'small', 'top',
  'year', 'in', 'on', 'off', 'e', 'x',
]);

/** Glyphs used as list bullets; normalised to "- " at the start of a line. */
const BULLET_GLYPHS = '•▪◦●■►▸▹‣⁃∙·○□◆◇➢➤➔→✓✔❖';
const BULLET_LINE = new RegExp(`^[ \\t]*(?:[${BULLET_GLYPHS}\\uF0B7\\uF0A7][ \\t]*|[–—*-][ \\t]+)`, 'gmu');
const LONE_BULLET = new RegExp(`^[ \\t]*[${BULLET_GLYPHS}\\uF0B7\\uF0A7–*-][ \\t]*\\n[ \\t]*(?=\\S)`, 'gmu');

/** Replace ligature glyphs with their letters. */
export function expandLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (ch) => LIGATURES[ch] ?? ch);
}

/** Join words split across lines by hyphenation, keeping real compounds. */
export function joinHyphenatedLines(text: string): string {
  // Soft hyphens are invisible break hints: a break after one is always a split word.
  const soft = text.replace(/\u00AD[ \t]*\n[ \t]*/g, '').replace(/\u00AD/g, '');
  // The lookbehind starts matches only at word starts, keeping this linear on long runs of letters.
  return soft.replace(/(?<![\p{L}-])([\p{L}-]*\p{L})-[ \t]*\n[ \t]*(\p{Ll}\p{L}*)/gu, (_m, head: string, tail: string) => {
    const lastPart = head.slice(head.lastIndexOf('-') + 1).toLowerCase();
    // "state-of-the-\nart": a head that is already a compound keeps its hyphen.
    const keep = head.includes('-') || COMPOUND_TAILS.has(tail.toLowerCase()) || COMPOUND_HEADS.has(lastPart);
    return keep ? `${head}-${tail}` : `${head}${tail}`;
  });
}

/** Bullets of any glyph become "- "; a bullet alone on its line joins the next line. */
export function normalizeBullets(text: string): string {
  return text.replace(LONE_BULLET, '- ').replace(BULLET_LINE, '- ');
}

/** Unify line breaks, drop invisible/control characters, collapse runs of blanks. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Full normalisation pipeline for extracted or pasted text. Order matters:
 * whitespace first (so line ends are clean), then hyphenation, then bullets.
 */
export function normalizeText(text: string): string {
  const clean = normalizeWhitespace(expandLigatures(text).normalize('NFC'));
  return normalizeWhitespace(normalizeBullets(joinHyphenatedLines(clean)));
}

/** Refuse text longer than the character cap, with advice. */
export function assertCharacterCap(text: string, maxCharacters: number): void {
  if (text.length > maxCharacters) {
    throw new AppError(
      'document_too_large',
      `This text has ${text.length.toLocaleString('en-US')} characters; the limit is ${maxCharacters.toLocaleString('en-US')}. ` +
        'Trim it to the parts that matter for this interview (recent roles, the job requirements) and try again.',
    );
  }
}

/**
 * Normalise text the user pasted (same rules as extracted text) and enforce the
 * character cap (`limits.maxCharacters`, default 200,000). Empty results are
 * refused so nothing blank is stored.
 */
export function normalizePastedText(text: string, limits?: Partial<ExtractLimits>): string {
  const { maxCharacters } = resolveLimits(limits);
  // Refuse absurd input before spending time on regexes over it.
  if (text.length > maxCharacters * 4) assertCharacterCap(text, maxCharacters);
  const out = normalizeText(text);
  assertCharacterCap(out, maxCharacters);
  if (out.length === 0) {
    throw new AppError('document_empty', 'The pasted text is empty. Paste the text of your resume or the job description.');
  }
  return out;
}
