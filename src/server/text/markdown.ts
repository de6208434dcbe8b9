/**
 * Inline Markdown as plain words, shared by the story importer (services/work-history/markdown.ts)
 * and the document reader (coach/builtin/profile/normalize.ts), so both read "**Acme**" or
 * "[Kafka](https://…)" the same way.
 */

/**
 * Inline Markdown removed, the words kept: emphasis, code, links, images, escapes. Angle-bracket
 * text stays: it is the user's words ("the <select> menu"), shown as text, never as markup.
 */
export function cleanInline(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/`+([^`\n]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
