/** The sessions list, most recently practised first (not renamed or re-set), with a filter box once there is more than one. */
import { useState } from 'react';
import type { PersonaInfo, SessionSummary } from '../api/types.js';
import { Status } from '../components/Status.js';
import { personaName } from '../hooks/usePersonas.js';
import { filterSessions } from './filter.js';
import { sortByLastActive } from './order.js';
import { SessionCard } from './SessionCard.js';
import './home.css';

interface Props {
  sessions: SessionSummary[];
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

export function SessionList({ sessions, personas, onChanged }: Props) {
  const [query, setQuery] = useState('');
  const sorted = sortByLastActive(sessions);
  const shown = filterSessions(sorted, query, (id) => personaName(personas, id));
  const filtering = query.trim() !== '';
  return (
    <>
      {sessions.length > 1 && (
        <div className="session-filter">
          <label htmlFor="session-filter">Find a session</label>
          <input id="session-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, role, company or coach" aria-describedby="session-filter-count" />
          <Status>
            <span id="session-filter-count">{filtering ? `Showing ${shown.length} of ${sessions.length} sessions.` : ''}</span>
          </Status>
        </div>
      )}
      {filtering && shown.length === 0 && (
        <p>
          No session matches “{query.trim()}”.{' '}
          <button type="button" className="link-button" onClick={() => setQuery('')}>Show all sessions</button>
        </p>
      )}
      <ul className="card-list" aria-label="Sessions">
        {shown.map((s) => (
          <li key={s.id}>
            <SessionCard session={s} personas={personas} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </>
  );
}
