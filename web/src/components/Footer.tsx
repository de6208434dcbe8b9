/**
 * Which coach this server runs, so the user knows whether an AI model is involved: on a
 * session's page the model that session uses (sessions may pick one), elsewhere the default.
 */
import { getHealth } from '../api/sessions.js';
import { useLoad } from '../hooks/useLoad.js';
import type { HealthInfo } from '../api/sessions.js';
import { useSessionModel } from '../session/session-model.js';

function coachText(coach: HealthInfo['coach'], sessionModel: string | null): string {
  if (coach.provider === 'builtin') return 'built-in coach (no AI model or API key needed)';
  if (sessionModel) return `AI coach: ${sessionModel} (this session)`;
  // Sessions may pick another model: say this one is only the default.
  return coach.models.length > 1 ? `AI coach: ${coach.model} (default)` : `AI coach: ${coach.model}`;
}

export function Footer() {
  const { data } = useLoad(getHealth, []);
  const open = useSessionModel();
  if (!data) return null;
  const coach = coachText(data.coach, open);
  return (
    <footer className="site-footer">
      <p>
        Interview Practice {data.version} · {coach}
      </p>
    </footer>
  );
}
