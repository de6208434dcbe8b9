/**
 * Download the study guide (PDF, Markdown) or the whole session (JSON, which can be imported back).
 * A long session's PDF takes a second or two to make, so the page fetches the file itself instead
 * of leaving it to the browser: it says the file is being prepared, and why it failed if it does.
 * The links keep their address, so "open in new tab" or "save link as" still download directly.
 * The study guides print each question's latest attempt in full and earlier ones as a line of
 * scores; a checkbox beside them asks for every attempt in full (the JSON is always complete).
 */
import { useId, useRef, useState, type MouseEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useAction } from '../../hooks/useAction.js';
import { exportUrl, fetchExport, type ExportFormat, type GuideAttempts } from './api.js';
import { saveFile } from './save-file.js';
import './review.css';
import './export.css';

interface Format {
  format: ExportFormat;
  label: string;
  hint: string;
  /** What the status line calls the file: "Preparing your PDF…". */
  noun: string;
}

const GUIDES: Format[] = [
  { format: 'pdf', label: 'Study guide (PDF)', hint: 'to print or read anywhere', noun: 'PDF' },
  { format: 'md', label: 'Study guide (Markdown)', hint: 'to edit in your notes', noun: 'Markdown file' },
];
const WHOLE_SESSION: Format = { format: 'json', label: 'Whole session (JSON)', hint: 'to keep or import elsewhere', noun: 'JSON file' };

/** A plain left click; with a modifier (new tab, save as) or another button the browser handles the link itself. */
const plainClick = (e: MouseEvent): boolean => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

/** One download at a time: fetch, save under the server's file name, and say how it went. */
function useExportDownload(sessionId: string, attempts: GuideAttempts) {
  const [current, setCurrent] = useState<Format | null>(null);
  const [ready, setReady] = useState<string | null>(null);
  // A ref, not the busy state: a double click arrives before the state has changed.
  const running = useRef(false);
  const action = useAction(async (f: Format): Promise<string> => {
    const file = await fetchExport(sessionId, f.format, attempts);
    saveFile(file.blob, file.filename);
    return file.filename;
  });
  const start = async (f: Format): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setCurrent(f);
    setReady(null);
    const name = await action.run(f);
    running.current = false;
    if (name) setReady(`Your ${f.noun} is ready: ${name}`);
  };
  const status = action.busy && current ? `Preparing your ${current.noun}…` : ready;
  const error = action.error && current ? `Could not prepare your ${current.noun}. ${action.error}` : null;
  return { busy: action.busy, current, status, error, start, dismiss: action.clearError };
}

/** The study guides' one option, listed right after their links. */
function AttemptsOption({ checked, onChange }: { checked: boolean; onChange: (all: boolean) => void }) {
  const hint = useId();
  return (
    <li className="review-export-option">
      <label>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint} /> Include every attempt in full
      </label>{' '}
      <span id={hint} className="muted small">
        in the study guides; otherwise earlier attempts are one line of scores
      </span>
    </li>
  );
}

export function ExportButtons({ sessionId }: { sessionId: string }) {
  const [attempts, setAttempts] = useState<GuideAttempts>('latest');
  const dl = useExportDownload(sessionId, attempts);
  const click = (e: MouseEvent, f: Format): void => {
    if (!plainClick(e)) return;
    e.preventDefault();
    void dl.start(f);
  };
  const link = (f: Format) => (
    <li key={f.format}>
      <a
        className="button secondary small"
        href={exportUrl(sessionId, f.format, attempts)}
        download
        aria-disabled={dl.busy || undefined}
        aria-busy={(dl.busy && dl.current === f) || undefined}
        onClick={(e) => click(e, f)}
      >
        {f.label}
      </a>{' '}
      <span className="muted small">{f.hint}</span>
    </li>
  );
  return (
    <div role="group" aria-labelledby={`export-${sessionId}`}>
      <h3 id={`export-${sessionId}`}>Take it with you</h3>
      <ul className="review-downloads">
        {GUIDES.map(link)}
        <AttemptsOption checked={attempts === 'all'} onChange={(all) => setAttempts(all ? 'all' : 'latest')} />
        {link(WHOLE_SESSION)}
      </ul>
      <Status busy={dl.busy}>{dl.status}</Status>
      <ErrorAlert message={dl.error} onDismiss={dl.dismiss} />
    </div>
  );
}
