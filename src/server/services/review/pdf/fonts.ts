/**
 * Fonts for the PDF study guide. The guide embeds DejaVu Sans (Debian's
 * fonts-dejavu-core), which covers Latin, Greek, Cyrillic, Armenian, Georgian
 * and Hebrew/Arabic letters but not Chinese, Japanese or Korean. Emoji are left
 * out before layout (see emoji.ts); other characters the font lacks are printed
 * as "?". The note at the top of the guide names what was left out or replaced,
 * and appears only when something was. When the font files are missing the
 * guide falls back to the PDF standard Helvetica (Western European characters only).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { isEmojiPart, stripEmoji } from './emoji.js';

export const DEFAULT_FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';

export interface FontSet {
  kind: 'unicode' | 'standard';
  regular: Uint8Array | null;
  bold: Uint8Array | null;
  /** Can both faces draw this code point? */
  supports(codePoint: number): boolean;
  /**
   * Width in points of text in one face, from the glyph advances (no shaping,
   * matching how the PDF is drawn). Null for the standard font, which pdf-lib measures cheaply itself.
   */
  width: ((face: 'regular' | 'bold', text: string, size: number) => number) | null;
}

/** Characters of WinAnsiEncoding above 0x7F that are not Latin-1 (what Helvetica can draw there). */
const WIN_ANSI_EXTRA = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((c) => c.codePointAt(0)!));

function winAnsi(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);
}

async function loadUnicode(dir: string): Promise<FontSet> {
  const [regular, bold] = await Promise.all([readFile(path.join(dir, REGULAR)), readFile(path.join(dir, BOLD))]);
  const faces = [fontkit.create(regular), fontkit.create(bold)];
  const cache = new Map<number, boolean>();
  const advances = [new Map<number, number>(), new Map<number, number>()];
  const advance = (face: 0 | 1, cp: number): number => {
    let a = advances[face]!.get(cp);
    if (a === undefined) {
      const f = faces[face]!;
      a = f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm;
      advances[face]!.set(cp, a);
    }
    return a;
  };
  return {
    kind: 'unicode',
    regular,
    bold,
    supports(cp) {
      let ok = cache.get(cp);
      if (ok === undefined) {
        ok = faces.every((f) => f.hasGlyphForCodePoint(cp));
        cache.set(cp, ok);
      }
      return ok;
    },
    width(face, text, size) {
      const i = face === 'bold' ? 1 : 0;
      let total = 0;
      for (const ch of text) total += advance(i, ch.codePointAt(0)!);
      return total * size;
    },
  };
}

const STANDARD: FontSet = {
  kind: 'standard',
  regular: null,
  bold: null,
  supports: winAnsi,
  width: null,
};

const loaded = new Map<string, Promise<FontSet>>();

/** The font set for a directory, read once per process; Helvetica when the files cannot be read. */
export function loadFonts(dir = DEFAULT_FONT_DIR): Promise<FontSet> {
  let p = loaded.get(dir);
  if (!p) {
    p = loadUnicode(dir).catch(() => STANDARD);
    loaded.set(dir, p);
  }
  return p;
}

/** What cleaning the text for the PDF left out or replaced. */
export interface Sanitized {
  text: string;
  /** Characters printed as "?" because the font has no glyph for them. */
  replaced: number;
  /** Emoji left out. */
  emoji: number;
  /** The distinct characters behind the "?", in order of appearance. */
  missing: string[];
}

/** Zero-width and bidi marks, the byte-order mark and control characters: nothing to draw. */
function invisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfeff || (cp >= 0x200b && cp <= 0x200f);
}

/** Make text drawable: emoji go, tabs become spaces, other control characters go, missing glyphs become "?". */
export function sanitize(text: string, fonts: FontSet): Sanitized {
  const stripped = stripEmoji(text.replace(/\r\n?/g, '\n').replace(/\t/g, '    '), (cp) => fonts.supports(cp));
  const missing = new Set<string>();
  let replaced = 0;
  let out = '';
  for (const ch of stripped.text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (invisible(cp) || isEmojiPart(ch)) continue;
    else if (fonts.supports(cp)) out += ch;
    else {
      out += '?';
      replaced++;
      missing.add(ch);
    }
  }
  return { text: out, replaced, emoji: stripped.emoji, missing: [...missing] };
}

/** Scripts named in the note (by script extension, so "。" counts as Han); the characters themselves cannot be shown (the font lacks them). */
const SCRIPT_LABELS: Record<string, string> = {
  Han: 'Chinese or Japanese (Han)', Hiragana: 'Japanese kana', Katakana: 'Japanese kana', Hangul: 'Korean',
  Greek: 'Greek', Cyrillic: 'Cyrillic', Arabic: 'Arabic', Hebrew: 'Hebrew', Armenian: 'Armenian', Georgian: 'Georgian',
  Thai: 'Thai', Lao: 'Lao', Khmer: 'Khmer', Myanmar: 'Burmese', Tibetan: 'Tibetan', Ethiopic: 'Ethiopic', Sinhala: 'Sinhala',
  Devanagari: 'Devanagari', Bengali: 'Bengali', Gurmukhi: 'Gurmukhi', Gujarati: 'Gujarati', Tamil: 'Tamil', Telugu: 'Telugu',
  Kannada: 'Kannada', Malayalam: 'Malayalam',
};
const SCRIPTS = Object.entries(SCRIPT_LABELS).map(([script, label]) => ({ re: new RegExp(`\\p{Script_Extensions=${script}}`, 'u'), label }));

/** "Chinese or Japanese (Han)", or the code point ("U+2603") of a character in no listed script. */
function charKind(ch: string): string {
  return SCRIPTS.find(({ re }) => re.test(ch))?.label ?? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the "?" stand for, by script: "Chinese or Japanese (Han), Korean". */
export function describeMissing(missing: readonly string[]): string {
  const kinds = [...new Set(missing.map(charKind))];
  return kinds.length > 5 ? `${kinds.slice(0, 5).join(', ')} and others` : kinds.join(', ');
}

/**
 * The note printed at the top of the guide, naming what was actually left out
 * or replaced; null when the text printed as written.
 */
export function limitationNote(fonts: FontSet, tally: Omit<Sanitized, 'text'>): string | null {
  const parts: string[] = [];
  // No counts: the guide repeats an answer's words in quotes, so a count would not match what the user wrote.
  if (tally.emoji > 0) parts.push('emoji were left out of this PDF');
  if (tally.replaced > 0) {
    const what = describeMissing(tally.missing);
    parts.push(
      fonts.kind === 'standard'
        ? `the server has no Unicode font installed (DejaVu Sans, Debian package fonts-dejavu-core), so this guide uses Helvetica and shows characters outside Western European scripts as "?" (${what})`
        : `characters the embedded font (DejaVu Sans) cannot draw are shown as "?" (${what})`,
    );
  }
  if (parts.length === 0) return null;
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. The Markdown and JSON exports keep the full text.`;
}
