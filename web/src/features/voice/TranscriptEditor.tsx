/** The transcript the user checks and corrects before it becomes the answer. */
interface Props {
  text: string;
  busy: boolean;
  onChange: (text: string) => void;
  onSubmit: () => void;
  /** Throw away this transcript and recording (it is otherwise kept across reloads until submitted). */
  onDiscard: () => void;
}

export const DISCARD = 'Discard this recording';

export function TranscriptEditor({ text, busy, onChange, onSubmit, onDiscard }: Props) {
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="voice-transcript">Transcript (edit it to match what you said)</label>
      <textarea id="voice-transcript" rows={7} value={text} onChange={(e) => onChange(e.target.value)} readOnly={busy} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || !text.trim()}>
          {busy ? 'Coach is reading…' : 'Submit spoken answer'}
        </button>
        {!busy && (
          <button type="button" className="button secondary" onClick={onDiscard}>
            {DISCARD}
          </button>
        )}
      </div>
    </form>
  );
}
