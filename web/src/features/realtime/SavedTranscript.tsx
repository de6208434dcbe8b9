/** The transcript saved on the server (earlier calls included), collapsed under the live view. */
import type { SavedItem } from './api.js';

export function SavedTranscript({ items }: { items: SavedItem[] }) {
  if (items.length === 0) return null;
  return (
    <details className="realtime-saved">
      <summary>Saved transcript ({items.length} {items.length === 1 ? 'line' : 'lines'})</summary>
      <ol className="realtime-transcript" aria-label="Saved voice transcript">
        {items.map((it) => (
          <li key={it.id} data-role={it.role} data-final="true">
            <strong>{it.role === 'coach' ? 'Coach' : 'You'}:</strong> <span className="realtime-text">{it.text}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
