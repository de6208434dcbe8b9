/**
 * The sessions list, most recently practised first (not renamed or re-set),
 * with a filter box once there is more than one and "Show more" past a page:
 * a heavy user's 60 sessions are one keystroke away, not one long scroll.
 * After a delete, focus and the result land beside the next session (useLeaveLanding).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PersonaInfo, SessionSummary } from '../api/types.js';
import { Status } from '../components/Status.js';
import { personaName } from '../hooks/usePersonas.js';
import { filterSessions } from './filter.js';
import { sortByLastActive } from './order.js';
import { firstPage, PAGE_SIZE, showMoreLabel } from './paging.js';
import { SessionCard } from './SessionCard.js';
import { useLeaveLanding } from '../hooks/useLeaveLanding.js';
import './home.css';

interface Props {
  sessions: SessionSummary[];
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

/** The filter box and its count line. */
function FilterBox({ query, onQuery, count }: { query: string; onQuery: (q: string) => void; count: string }) {
  return (
    <div className="session-filter">
      <label htmlFor="session-filter">Find a session</label>
      <input id="session-filter" type="search" value={query} onChange={(e) => onQuery(e.target.value)} placeholder="Name, role, company or coach" aria-describedby="session-filter-count" />
      <Status>
        <span id="session-filter-count">{count}</span>
      </Status>
    </div>
  );
}

interface CardsProps {
  shown: SessionSummary[];
  listRef: RefObject<HTMLUListElement | null>;
  landing: ReturnType<typeof useLeaveLanding>;
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

/** The cards shown, each with the live region a delete's result is said in when it lands there. */
function Cards({ shown, listRef, landing, personas, onChanged }: CardsProps) {
  return (
    <ul ref={listRef} className="card-list" aria-label="Sessions">
      {shown.map((s) => (
        <li key={s.id} data-session-id={s.id}>
          {/* Empty until a delete lands here: screen readers announce a region already in the page. */}
          <Status>{landing.saidBefore(s.id)}</Status>
          <SessionCard session={s} personas={personas} onChanged={onChanged} onDeleted={() => landing.leaving(s.id, `Deleted “${s.name}”.`)} />
        </li>
      ))}
    </ul>
  );
}

export function SessionList({ sessions, personas, onChanged }: Props) {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const listRef = useRef<HTMLUListElement>(null);
  // After "Show more", focus goes to the first card it added, so keyboard users carry on from there.
  const focusIndex = useRef<number | null>(null);
  const matching = filterSessions(sortByLastActive(sessions), query, (id) => personaName(personas, id));
  const page = firstPage(matching, limit);
  const filtering = query.trim() !== '';
  const landing = useLeaveLanding({ ids: page.shown.map((s) => s.id), list: listRef, itemAttr: 'data-session-id' });

  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>(':scope > li h3 a')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [limit]);

  const onQuery = (q: string): void => {
    setQuery(q);
    setLimit(PAGE_SIZE);
    landing.forget();
  };
  const showMore = (): void => {
    landing.forget();
    focusIndex.current = page.shown.length;
    setLimit(limit + PAGE_SIZE);
  };
  const count = filtering ? `Showing ${matching.length} of ${sessions.length} sessions.` : '';
  return (
    <>
      {sessions.length > 1 && <FilterBox query={query} onQuery={onQuery} count={count} />}
      {filtering && matching.length === 0 && (
        <p>
          No session matches “{query.trim()}”.{' '}
          <button type="button" className="link-button" onClick={() => onQuery('')}>Show all sessions</button>
        </p>
      )}
      {page.shown.length > 0 && <Cards shown={page.shown} listRef={listRef} landing={landing} personas={personas} onChanged={onChanged} />}
      <Status>{landing.saidAfter}</Status>
      {page.hidden > 0 && (
        <p className="session-more">
          <span className="muted">Showing {page.shown.length} of {matching.length}, most recently practised first. </span>
          <button type="button" className="button secondary" onClick={showMore}>{showMoreLabel(page)}</button>
        </p>
      )}
    </>
  );
}
