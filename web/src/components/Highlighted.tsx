/**
 * Render text with marked parts, always as text nodes (never as HTML):
 * `«word»` from search results, or `[placeholder]` in example answers.
 */
import { Fragment } from 'react';
import { splitMarked } from '../lib/marks.js';

export { PLACEHOLDER_MARK, SEARCH_MARK } from '../lib/marks.js';

export function Highlighted({ text, pattern, className }: { text: string; pattern: RegExp; className?: string }) {
  return (
    <>
      {splitMarked(text, pattern).map((part, i) =>
        part.marked ? (
          <mark key={i} className={className}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
