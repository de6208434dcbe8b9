/** Greedy word wrapping by measured width; a word wider than the line is broken by characters. */

export type Measure = (text: string) => number;

function breakWord(word: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && measure(current + ch) > width) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

function wrapLine(line: string, width: number, measure: Measure, space: number): string[] {
  const out: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const word of line.split(/ +/).filter((w) => w !== '')) {
    const w = measure(word);
    if (current === '' && w <= width) {
      current = word;
      currentWidth = w;
    } else if (current !== '' && currentWidth + space + w <= width) {
      current += ` ${word}`;
      currentWidth += space + w;
    } else {
      if (current !== '') out.push(current);
      const pieces = w > width ? breakWord(word, width, measure) : [word];
      current = pieces.pop() ?? '';
      out.push(...pieces);
      currentWidth = measure(current);
    }
  }
  out.push(current);
  return out;
}

/** Lines of at most `width` points; explicit newlines are kept (blank lines too). */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const space = measure(' ');
  return text.split('\n').flatMap((line) => wrapLine(line, width, measure, space));
}
