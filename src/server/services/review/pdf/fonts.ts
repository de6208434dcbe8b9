/**
 * Fonts for the PDF study guide. The guide embeds DejaVu Sans (Debian's
 * fonts-dejavu-core), which covers Latin, Greek, Cyrillic, Armenian, Georgian
 * and Hebrew/Arabic letters but not Chinese, Japanese or Korean. Characters the
 * font lacks are printed as "?" and the guide says so at the top. When the
 * font files are missing the guide falls back to the PDF standard Helvetica
 * (Western European characters only) and says that too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';

export const DEFAULT_FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';

export interface FontSet {
  kind: 'unicode' | 'standard';
  regular: Uint8Array | null;
  bold: Uint8Array | null;
  /** Can both faces draw this code point? */
  supports(codePoint: number): boolean;
  /** Why some text may not show as typed (null when everything can). */
  limitation: string;
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
    limitation: 'The embedded font (DejaVu Sans) has no glyphs for some characters in this session (for example Chinese, Japanese or Korean); they are shown as "?". The Markdown and JSON exports keep the full text.',
  };
}

const STANDARD: FontSet = {
  kind: 'standard',
  regular: null,
  bold: null,
  supports: winAnsi,
  width: null,
  limitation: `The server has no Unicode font installed (DejaVu Sans, Debian package fonts-dejavu-core), so this guide uses Helvetica and shows characters outside Western European scripts as "?". The Markdown and JSON exports keep the full text.`,
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

/** Make text drawable: tabs become spaces, other control characters go, missing glyphs become "?". */
export function sanitize(text: string, fonts: FontSet): { text: string; replaced: number } {
  let replaced = 0;
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xfeff || (cp >= 0x200b && cp <= 0x200f)) continue;
    else if (fonts.supports(cp)) out += ch;
    else {
      out += '?';
      replaced++;
    }
  }
  return { text: out, replaced };
}
