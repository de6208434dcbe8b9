/** The resume and the job description of a session, each uploaded or pasted. */
import type { DocumentInfo, DocumentKind } from '../api/types.js';
import { DocumentSlot } from './DocumentSlot.js';

const KINDS: { kind: DocumentKind; title: string }[] = [
  { kind: 'resume', title: 'Resume' },
  { kind: 'job_description', title: 'Job description' },
];

interface Props {
  sessionId: string;
  documents: DocumentInfo[];
  onChanged: () => Promise<void>;
}

export function DocumentsPanel({ sessionId, documents, onChanged }: Props) {
  return (
    <section className="panel" aria-labelledby="docs-heading">
      <h2 id="docs-heading">Your documents</h2>
      <p className="hint">PDF, DOCX, TXT or Markdown up to 10 MB — or paste the text. A new one replaces the old one.</p>
      {KINDS.map(({ kind, title }) => (
        <DocumentSlot
          key={kind}
          sessionId={sessionId}
          kind={kind}
          title={title}
          document={latestOfKind(documents, kind)}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}

function latestOfKind(documents: DocumentInfo[], kind: DocumentKind): DocumentInfo | undefined {
  return documents.filter((d) => d.kind === kind).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
