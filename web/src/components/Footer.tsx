/** Which coach and storage this server runs, so the user knows whether an AI model is involved. */
import { getHealth } from '../api/sessions.js';
import { useLoad } from '../hooks/useLoad.js';

export function Footer() {
  const { data } = useLoad(getHealth, []);
  if (!data) return null;
  const coach = data.coach.provider === 'builtin' ? 'built-in coach (no AI model or API key needed)' : `AI coach: ${data.coach.model}`;
  return (
    <footer className="site-footer">
      <p>
        Interview Practice {data.version} · {coach}
      </p>
    </footer>
  );
}
