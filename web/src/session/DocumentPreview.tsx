/** What was read from a stored document: its facts, a preview, and the full text on demand. */
import { useRef, useState } from 'react';
import { listDocuments } from '../api/documents.js';
import type { DocumentInfo } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { formatDate } from '../labels.js';
import { BusyButton } from './BusyButton.js';

interface Props {
  sessionId: string;
  document: DocumentInfo;
  /** Show the text at once (just uploaded: let the user check what was read). */
  initiallyOpen: boolean;
}

export function DocumentPreview({ sessionId, document: doc, initiallyOpen }: Props) {
  const [fullText, setFullText] = useState<string | null>(null);
  const textRef = useRef<HTMLPreElement>(null);
  const load = useAction(async () => {
    const docs = await listDocuments(sessionId);
    // "Show all of it" goes away with the full text: focus moves to the text it brought.
    textRef.current?.focus();
    setFullText(docs.find((d) => d.id === doc.id)?.text ?? '');
  });
  const facts = [
    doc.filename ?? 'Pasted text',
    `${doc.characters.toLocaleString()} characters`,
    doc.pages ? `${doc.pages} page${doc.pages === 1 ? '' : 's'}` : null,
    formatDate(doc.createdAt),
  ].filter(Boolean);

  return (
    <div className="doc-preview">
      <p className="muted">{facts.join(' · ')}</p>
      <details open={initiallyOpen}>
        <summary>Preview the text that was read</summary>
        <pre className="preview-text" ref={textRef} tabIndex={0} aria-label={`Text read from ${doc.filename ?? 'the pasted text'}`}>
          {fullText ?? doc.preview}
        </pre>
        {fullText === null && doc.characters > doc.preview.length && (
          <BusyButton className="link-button" onClick={() => void load.run()} busy={load.busy}>
            {load.busy ? 'Loading…' : 'Show all of it'}
          </BusyButton>
        )}
        <ErrorAlert message={load.error} />
      </details>
    </div>
  );
}
