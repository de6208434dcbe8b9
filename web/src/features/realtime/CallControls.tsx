/**
 * Start / stop the live interview, mute, and ask for feedback. Start and Stop
 * are one button whose label changes (a swapped or disabled button would drop
 * keyboard focus to <body>); buttons that cannot act are `aria-disabled`.
 */
import type { CallStage } from './useRealtimeCall.js';

interface Props {
  stage: CallStage;
  muted: boolean;
  /** The voice catalog has loaded (the call needs it). */
  ready: boolean;
  /** Why the interview cannot start now (another feature holds the microphone). */
  blocked: string | null;
  feedbackDisabled: boolean;
  onStart: () => void;
  onStop: () => void;
  onToggleMute: () => void;
  onFeedback: () => void;
}

/** Whether a call is under way (connecting, live or reconnecting). */
export const isActive = (stage: CallStage): boolean => stage === 'starting' || stage === 'live' || stage === 'reconnecting';

/** Start, or Stop while a call is under way: the same element either way, so focus stays on it. */
function CallButton({ active, cannotStart, onStart, onStop }: { active: boolean; cannotStart: boolean; onStart: () => void; onStop: () => void }) {
  const press = () => {
    if (active) onStop();
    else if (!cannotStart) onStart();
  };
  return (
    <button type="button" className={`button ${active ? 'secondary' : 'primary'}`} aria-disabled={cannotStart || undefined} onClick={press}>
      {active ? 'Stop' : 'Start voice interview'}
    </button>
  );
}

export function CallControls({ stage, muted, ready, blocked, feedbackDisabled, onStart, onStop, onToggleMute, onFeedback }: Props) {
  const active = isActive(stage);
  return (
    <>
      <div className="actions">
        <CallButton active={active} cannotStart={!active && (!ready || blocked !== null)} onStart={onStart} onStop={onStop} />
        {active && (
          <button type="button" className="button secondary" onClick={onToggleMute} aria-pressed={muted}>
            {muted ? 'Unmute microphone' : 'Mute microphone'}
          </button>
        )}
        <button type="button" className="button secondary" aria-disabled={feedbackDisabled || undefined} onClick={() => !feedbackDisabled && onFeedback()}>
          Get feedback on my spoken answer
        </button>
      </div>
      {blocked && !active && <p className="hint">{blocked}</p>}
    </>
  );
}
