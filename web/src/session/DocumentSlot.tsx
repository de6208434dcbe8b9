/** One document kind: what is stored (with a preview), and ways to replace it. */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { pasteDocument, uploadDocument } from '../api/documents.js';
import type { DocumentInfo, DocumentKind } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { DocumentPreview } from './DocumentPreview.js';
import { PasteForm } from './PasteForm.js';
import { ResumeToStories } from './ResumeToStories.js';

interface Props {
  sessionId: string;
  kind: DocumentKind;
  title: string;
  document: DocumentInfo | undefined;
  onChanged: () => Promise<void>;
}

/**
 * After a save the preview opens above the upload and paste controls and pushes them down: keep the
 * control that has focus (the paste form's summary, the file input) on screen (WCAG 2.4.7).
 */
function useKeepFocusInView(slot: RefObject<HTMLDivElement | null>, savedId: string | null): void {
  useEffect(() => {
    const focused = document.activeElement;
    if (savedId && focused instanceof HTMLElement && slot.current?.contains(focused)) focused.scrollIntoView({ block: 'nearest' });
  }, [slot, savedId]);
}

export function DocumentSlot({ sessionId, kind, title, document, onChanged }: Props) {
  const [progress, setProgress] = useState('');
  const [savedId, setSavedId] = useState<string | null>(null);
  const lower = title.toLowerCase();
  const store = useAction(async (source: File | string) => {
    setProgress(typeof source === 'string' ? `Saving the pasted ${lower}…` : `Uploading ${source.name}…`);
    const info =
      typeof source === 'string'
        ? await pasteDocument(sessionId, kind, source)
        : await uploadDocument(sessionId, kind, source, (f) =>
            setProgress(f < 1 ? `Uploading ${source.name}… ${Math.floor(f * 10) * 10}%` : `Reading ${source.name}…`),
          );
    await onChanged();
    setSavedId(info.id);
    setProgress(`${title} saved: ${info.characters.toLocaleString()} characters read.`);
    return info;
  });
  const fileId = `file-${kind}`;
  const slotRef = useRef<HTMLDivElement>(null);
  useKeepFocusInView(slotRef, savedId);

  return (
    <div className="doc-slot" ref={slotRef} role="group" aria-labelledby={`${kind}-title`}>
      <h3 id={`${kind}-title`}>{title}</h3>
      {document ? <DocumentPreview key={document.id} sessionId={sessionId} document={document} initiallyOpen={document.id === savedId} /> : <p className="muted">No {lower} yet.</p>}
      {kind === 'resume' && document && <ResumeToStories sessionId={sessionId} documentId={document.id} />}
      <div className="file-field">
        <label htmlFor={fileId}>{document ? `Replace with a file` : `Upload a file`}</label>
        <input
          id={fileId}
          type="file"
          accept=".pdf,.docx,.txt,.md,.markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          disabled={store.busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void store.run(file);
          }}
        />
      </div>
      <PasteForm id={`paste-${kind}`} what={lower} busy={store.busy} onSubmit={(text) => store.run(text)} />
      <ErrorAlert message={store.error} onDismiss={store.clearError} />
      <Status busy={store.busy}>{store.error ? '' : progress}</Status>
    </div>
  );
}
