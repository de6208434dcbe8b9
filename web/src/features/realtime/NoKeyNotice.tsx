/**
 * What live voice needs when the server has no key — said as a setting to
 * make, not as a feature still to come — and the way to practise meanwhile.
 * Variables as in README.md's configuration table.
 */
export const NEEDS_REALTIME =
  'Live voice interviews need an OpenAI-compatible endpoint with a realtime model: set OPENAI_API_KEY on the server and restart it.';
export const OTHER_ENDPOINT = 'For an endpoint other than OpenAI, also set OPENAI_BASE_URL, OPENAI_REALTIME_URL and OPENAI_REALTIME_MODEL.';

export function NoKeyNotice({ onTurnBased }: { onTurnBased?: () => void }) {
  return (
    <div className="realtime-nokey" role="note">
      <p>
        <strong>{NEEDS_REALTIME}</strong> {OTHER_ENDPOINT}
      </p>
      {onTurnBased ? (
        <button type="button" className="button secondary" onClick={onTurnBased}>
          Use turn-based voice instead
        </button>
      ) : (
        <p className="hint">Turn-based voice works without a key: answer each question with the microphone or by typing in the answer box.</p>
      )}
    </div>
  );
}
