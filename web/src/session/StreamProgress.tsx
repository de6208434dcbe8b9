/**
 * Progress of a submitted answer: saving → the coach is reading → done (or a clear error).
 * A slow coach gets a sign of life after a few seconds, and the line is scrolled into view
 * once when the work starts (on a phone it sits below the answer box), without moving focus
 * and never so far that the focused answer box leaves the screen.
 */
import { useEffect, useRef } from 'react';
import { getHealth } from '../api/sessions.js';
import type { AnswerStream } from '../hooks/useAnswerStream.js';
import { useLoad } from '../hooks/useLoad.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { slowMessage } from './coach-words.js';
import { useSlow } from './slow-notice.js';

const MESSAGE: Record<AnswerStream['stage'], string> = {
  idle: '',
  saving: 'Saving your answer…',
  evaluating: 'Saved — the coach is reading your answer…',
  done: 'Feedback ready.',
  failed: '',
};

/**
 * Scroll the element into view when `active` turns on, only if it is off screen (focus stays
 * where it is). The bottom scroll margin leaves room for the line to grow (the slow-coach note,
 * the words the coach is writing) without slipping below the fold again. In a short window
 * (zoomed in, a phone on its side) the line can be further below the answer box than the window
 * is tall: the focused box is then brought back, as the live region already speaks the progress.
 */
function useRevealOnStart(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const box = el.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    el.scrollIntoView({ block: 'nearest' });
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body) focused.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return ref;
}

export function StreamProgress({ stream }: { stream: AnswerStream }) {
  const busy = stream.stage === 'saving' || stream.stage === 'evaluating';
  const failedAfterSave = stream.stage === 'failed' && stream.saved;
  const slow = useSlow(busy);
  const coach = useLoad(getHealth, []).data?.coach;
  const ref = useRevealOnStart(busy);
  const message = failedAfterSave ? 'Your answer was saved, but feedback failed.' : MESSAGE[stream.stage];
  return (
    <div ref={ref} className="stream-progress" style={{ scrollMarginBottom: '10rem' }}>
      <Status busy={busy}>
        {message && (
          // One text item beside the spinner (the status line is a flex row).
          <span>
            {message}
            {busy && slow && <span className="slow-note"> {slowMessage(coach)}</span>}
          </span>
        )}
      </Status>
      {busy && stream.partial && (
        <div className="partial" aria-hidden="true">
          <p className="muted">The coach is writing:</p>
          <p className="partial-text">{stream.partial}</p>
        </div>
      )}
      <ErrorAlert message={stream.error} />
    </div>
  );
}
