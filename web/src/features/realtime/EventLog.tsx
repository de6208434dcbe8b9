/** Troubleshooting: the realtime events of this call (types and item ids, never audio). Hidden by default. */
import type { LogEntry } from './useRealtimeCall.js';

export function EventLog({ entries }: { entries: LogEntry[] }) {
  return (
    <details className="realtime-log">
      <summary>Event log ({entries.length})</summary>
      <ol className="muted small" aria-label="Realtime events">
        {entries.map((e) => (
          <li key={e.n}>
            <code>{e.time}</code> {e.dir === 'in' ? '←' : e.dir === 'out' ? '→' : '·'} <code>{e.type}</code> {e.detail}
          </li>
        ))}
      </ol>
    </details>
  );
}
