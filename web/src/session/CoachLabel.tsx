/** Which coach wrote the feedback or the example — and a visible notice when the AI coach fell back. */
import type { Feedback } from '../api/types.js';
import { becauseClause, coachName } from './coach-words.js';

export function CoachLabel({ coach, what = 'feedback' }: { coach: Feedback['coach']; what?: 'feedback' | 'example' }) {
  return (
    <>
      <p className="coach-label muted">
        {coachName(coach)} · {coach.persona.charAt(0).toUpperCase() + coach.persona.slice(1)} persona
      </p>
      {coach.fallbackReason && (
        <p className="notice" role="note">
          Built-in coach used for this {what} because {becauseClause(coach.fallbackReason)}.
        </p>
      )}
    </>
  );
}
