/**
 * What live voice needs when the server has no AI service — in a job seeker's
 * words first, with what works meanwhile; the settings for whoever runs the app
 * follow in a smaller line (variables as in README.md's configuration table).
 */
export const NEEDS_REALTIME = 'Live voice practice needs an AI service connected. Ask whoever runs this app to add one.';
/** Keyless, a recorded answer is transcribed by the browser where it can, else typed; its timing is measured either way (README, Spoken answers). */
export const WORKS_WITHOUT =
  'Typed and recorded answers work without it: under each question, type your answer or use "Answer out loud" to record it. Your browser writes the transcript where it can (otherwise you type what you said), and your pace and pauses are still measured.';
export const FOR_THE_ADMIN =
  'For whoever runs this app: set OPENAI_API_KEY on the server and restart it; for an endpoint other than OpenAI, also set OPENAI_BASE_URL, OPENAI_REALTIME_URL and OPENAI_REALTIME_MODEL (see Configuration in the README).';

export function NoKeyNotice({ onTurnBased }: { onTurnBased?: () => void }) {
  return (
    <div className="realtime-nokey" role="note">
      <p>
        <strong>{NEEDS_REALTIME}</strong>
      </p>
      <p>{WORKS_WITHOUT}</p>
      {onTurnBased && (
        <button type="button" className="button secondary" onClick={onTurnBased}>
          Use turn-based voice instead
        </button>
      )}
      <p className="hint small realtime-admin">{FOR_THE_ADMIN}</p>
    </div>
  );
}
