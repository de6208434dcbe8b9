/**
 * The study guide as Markdown. User text is written as text: characters that
 * would start Markdown structure at a line start are escaped, table cells
 * have their pipes escaped, and answers are block quotes.
 */
import type { Block } from './guide/blocks.js';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Escape what Markdown would read as markup inside inline text. */
export function escapeInline(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Escape a line start that would become a heading, list or quote. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, '$1\\$2');
}

function paragraph(text: string): string {
  return text
    .split(/\n/)
    .map((l) => escapeLineStart(escapeInline(l.trimEnd())))
    .join('  \n');
}

function cell(s: string): string {
  return escapeInline(flat(s)).replace(/\|/g, '\\|');
}

function render(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeInline(flat(b.text))}`;
    case 'paragraph': {
      const text = paragraph(b.text);
      return b.tone === 'strong' ? `**${text}**` : b.tone === 'muted' ? `_${text}_` : text;
    }
    case 'quote':
      return b.text.split(/\n/).map((l) => `> ${escapeInline(l.trimEnd())}`).join('\n');
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeInline(flat(item))}`).join('\n');
    case 'scores':
      return ['| Dimension | Score | Why |', '| --- | --- | --- |', ...b.rows.map((r) => `| ${cell(r.label)} | ${cell(r.score)} | ${cell(r.detail)} |`)].join('\n');
  }
}

/** Render the guide's blocks to one Markdown document. */
export function renderMarkdown(blocks: Block[]): string {
  return `${blocks.map(render).join('\n\n')}\n`;
}
