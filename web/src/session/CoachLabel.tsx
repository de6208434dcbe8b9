/** Which coach wrote the feedback or the example — and a visible notice when the AI coach fell back. */
import type { Feedback } from '../api/types.js';

export function CoachLabel({ coach, what = 'feedback' }: { coach: Feedback['coach']; what?: 'feedback' | 'example' }) {
  const who = coach.provider === 'builtin' ? 'Built-in coach' : `AI coach (${coach.model})`;
  return (
    <>
      <p className="coach-label muted">
        {who} · {coach.persona.charAt(0).toUpperCase() + coach.persona.slice(1)} persona
      </p>
      {coach.fallbackReason && (
        <p className="notice" role="note">
          The AI coach was unavailable ({coach.fallbackReason}) — this {what} is from the built-in coach.
        </p>
      )}
    </>
  );
}
