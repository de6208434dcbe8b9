/** Download the study guide (PDF, Markdown) or the whole session (JSON, which can be imported back). */
import { exportUrl, type ExportFormat } from './api.js';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'pdf', label: 'Study guide (PDF)', hint: 'to print or read anywhere' },
  { format: 'md', label: 'Study guide (Markdown)', hint: 'to edit in your notes' },
  { format: 'json', label: 'Whole session (JSON)', hint: 'to keep or import elsewhere' },
];

export function ExportButtons({ sessionId }: { sessionId: string }) {
  return (
    <div role="group" aria-labelledby={`export-${sessionId}`}>
      <h3 id={`export-${sessionId}`}>Take it with you</h3>
      <ul className="review-downloads">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a className="button secondary small" href={exportUrl(sessionId, f.format)} download>
              {f.label}
            </a>{' '}
            <span className="muted small">{f.hint}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
