/** What realtime voice needs when the server has no key, and the way to practise meanwhile. */
export function NoKeyNotice({ message, onTurnBased }: { message: string | null; onTurnBased?: () => void }) {
  return (
    <div className="realtime-nokey" role="note">
      <p>
        <strong>Live voice interview is not available yet.</strong>{' '}
        {message ?? 'Realtime voice needs an OpenAI API key on the server (OPENAI_API_KEY).'}
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
