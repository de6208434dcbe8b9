/** The sessions list: each card opens, renames or deletes its session. */
import type { PersonaInfo, SessionSummary } from '../api/types.js';
import { SessionCard } from './SessionCard.js';

interface Props {
  sessions: SessionSummary[];
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

export function SessionList({ sessions, personas, onChanged }: Props) {
  const sorted = [...sessions].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <ul className="card-list" aria-label="Sessions">
      {sorted.map((s) => (
        <li key={s.id}>
          <SessionCard session={s} personas={personas} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
