/** Import stories from a file; the server splits it into snippets and skips duplicates. */
import { useState } from 'react';
import { importSnippets } from '../api/workHistory.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { importMessage } from './import-message.js';

export function StoryImport({ onImported }: { onImported: () => Promise<void> }) {
  const [progress, setProgress] = useState('');
  const run = useAction(async (file: File) => {
    setProgress(`Importing ${file.name}…`);
    const res = await importSnippets(file, (f) =>
      setProgress(f < 1 ? `Uploading ${file.name}… ${Math.floor(f * 10) * 10}%` : `Reading ${file.name} and splitting it into stories…`),
    );
    await onImported();
    setProgress(importMessage(file.name, res));
  });
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import from a file</h2>
      <p className="hint">A brag document, old performance notes, or a resume: PDF, DOCX, TXT or Markdown. Long text is split into stories.</p>
      <div className="file-field">
        <label htmlFor="story-file">Choose a file to import</label>
        <input
          id="story-file"
          type="file"
          accept=".pdf,.docx,.txt,.md,.markdown"
          disabled={run.busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run.run(file);
          }}
        />
      </div>
      <ErrorAlert message={run.error} onDismiss={run.clearError} />
      <Status busy={run.busy}>{run.error ? '' : progress}</Status>
    </section>
  );
}
