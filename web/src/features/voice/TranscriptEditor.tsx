/** The transcript the user checks and corrects before it becomes the answer. */
interface Props {
  text: string;
  busy: boolean;
  onChange: (text: string) => void;
  onSubmit: () => void;
}

export function TranscriptEditor({ text, busy, onChange, onSubmit }: Props) {
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
      <button type="submit" className="button primary" disabled={busy || !text.trim()}>
        {busy ? 'Coach is reading…' : 'Submit spoken answer'}
      </button>
    </form>
  );
}
