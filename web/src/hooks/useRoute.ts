/** The current hash route, re-rendering on hashchange; the hash keeps the selected question. */
import { useEffect, useState } from 'react';
import { parseHash, type Route } from '../lib/routes.js';

export { sessionHref, type Route } from '../lib/routes.js';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Navigate without adding a history entry (for in-page selection). */
export function replaceHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
