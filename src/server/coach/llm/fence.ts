/**
 * Fencing untrusted text (documents, snippets, hints, answers) before it goes
 * into a prompt. The fence is produced here, not by templates, so user text can
 * never close it early: any `<untrusted`/`</untrusted` inside is defused.
 */

/** Characters per fenced block; prompts stay bounded whatever the user uploads. */
export const MAX_FENCED_CHARS = 8000;

/** Wrap `text` in a labelled `<untrusted source="…">` block the grounding rules refer to. */
export function fence(source: string, text: string, maxChars = MAX_FENCED_CHARS): string {
  const trimmed = text.trim();
  const clipped = trimmed.length > maxChars ? `${trimmed.slice(0, maxChars)}\n[… truncated]` : trimmed;
  // Defuse look-alike fence tags so the data cannot end its own block.
  const safe = clipped.replace(/<(\/?)\s*untrusted/gi, '‹$1untrusted');
  return `<untrusted source="${source}">\n${safe || '(empty)'}\n</untrusted>`;
}
