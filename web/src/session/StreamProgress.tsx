/** Progress of a submitted answer: saving → the coach is reading → done (or a clear error). */
import type { AnswerStream } from '../hooks/useAnswerStream.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';

const MESSAGE: Record<AnswerStream['stage'], string> = {
  idle: '',
  saving: 'Saving your answer…',
  evaluating: 'Saved — the coach is reading your answer…',
  done: 'Feedback ready.',
  failed: '',
};

export function StreamProgress({ stream }: { stream: AnswerStream }) {
  const busy = stream.stage === 'saving' || stream.stage === 'evaluating';
  const failedAfterSave = stream.stage === 'failed' && stream.saved;
  return (
    <>
      <Status busy={busy}>{failedAfterSave ? 'Your answer was saved, but feedback failed.' : MESSAGE[stream.stage]}</Status>
      {busy && stream.partial && (
        <div className="partial" aria-hidden="true">
          <p className="muted">The coach is writing:</p>
          <p className="partial-text">{stream.partial}</p>
        </div>
      )}
      <ErrorAlert message={stream.error} />
    </>
  );
}
