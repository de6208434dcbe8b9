/**
 * Record / stop, a live microphone level, elapsed time and an optional 2-minute countdown.
 *
 * Record and stop are one button whose label changes, never two buttons swapped
 * and never `disabled` while it has focus: a disabled or replaced element drops
 * keyboard focus to <body>, and a second Enter would then do nothing while the
 * microphone kept recording. While it cannot act it is `aria-disabled` instead.
 */
import { useRef, useState } from 'react';
import { START_RECORDING } from './micMessage.js';
import type { RecorderState } from './useRecorder.js';
import type { ReplaceKind } from './useVoiceTurn.js';

const TIMER_SECONDS = 120;

export const STOP_RECORDING = 'Stop recording';
const HOLD_HINT = 'Or hold the space bar while this panel has focus: speak while holding, release to stop.';

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

interface Props {
  recording: boolean;
  state: RecorderState;
  disabled: boolean;
  /** Why recording cannot start now (e.g. the voice interview holds the microphone), shown under the button. */
  blocked?: string | null;
  elapsed: number;
  level: number;
  speaking: boolean;
  onStart: () => void;
  onStop: () => void;
  /** Focus the button when it appears (it replaced the button the user pressed). */
  autoFocus?: boolean;
  /** A press while a transcript or recording is pending: what it would replace (the panel asks first). */
  askReplace?: ReplaceKind | null;
  onReplace?: () => void;
  onKeep?: () => void;
}

export const REPLACE_QUESTION: Record<ReplaceKind, string> = {
  transcript: 'Record again? Your transcript of the last recording will be replaced.',
  recording: 'Record again? Your last recording will be replaced.',
};
export const RECORD_AGAIN = 'Record again';
export const KEEP_DRAFT = 'Keep what I have';

/**
 * The question before a new recording replaces the pending one. Its first button takes focus;
 * either answer hands focus back to the record button before the question disappears.
 */
function ReplaceQuestion({ kind, onReplace, onKeep }: { kind: ReplaceKind; onReplace: () => void; onKeep: () => void }) {
  return (
    <div className="voice-replace" role="group" aria-labelledby="voice-replace-q">
      <p id="voice-replace-q">{REPLACE_QUESTION[kind]}</p>
      <div className="actions">
        <button type="button" className="button danger-outline" onClick={onReplace} autoFocus>
          {RECORD_AGAIN}
        </button>
        <button type="button" className="button secondary" onClick={onKeep}>
          {KEEP_DRAFT}
        </button>
      </div>
    </div>
  );
}

/** Speaking or silence, the level, the clock and (when on) the countdown — not announced (it changes 20 times a second). */
function LiveMeter({ elapsed, level, speaking, timer }: { elapsed: number; level: number; speaking: boolean; timer: boolean }) {
  const left = TIMER_SECONDS - elapsed;
  return (
    <div className="voice-live" aria-live="off">
      <span className={`voice-dot${speaking ? ' on' : ''}`} aria-hidden="true" />
      <span>{speaking ? 'Speaking' : 'Silence'}</span>
      <meter min={0} max={1} value={level} aria-label="Microphone level" />
      <span className="voice-clock">{formatClock(elapsed)}</span>
      {timer && <span className={`voice-countdown${left < 0 ? ' over' : ''}`}>{left >= 0 ? `${formatClock(left)} left` : `${formatClock(-left)} over — wrap up`}</span>}
    </div>
  );
}

/** Whether the button ignores presses now (stopping, busy, opening the microphone, or blocked). */
function isInert(recording: boolean, state: RecorderState, disabled: boolean, blocked: string | null | undefined): boolean {
  return recording ? state === 'stopping' : disabled || state === 'starting' || Boolean(blocked);
}

function buttonLabel(recording: boolean, state: RecorderState): string {
  if (recording) return STOP_RECORDING;
  return state === 'starting' ? 'Opening the microphone…' : START_RECORDING;
}

export function RecordControls({ recording, state, disabled, blocked, elapsed, level, speaking, onStart, onStop, autoFocus, askReplace, onReplace, onKeep }: Props) {
  const [timer, setTimer] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const answer = (then?: () => void) => () => {
    button.current?.focus();
    then?.();
  };
  const inert = isInert(recording, state, disabled, blocked);
  const press = () => {
    if (inert) return;
    if (recording) onStop();
    else onStart();
  };
  return (
    <div className="voice-record">
      <div className="actions">
        <button ref={button} type="button" className={`button ${recording ? 'danger' : 'primary'}`} onClick={press} aria-disabled={inert || undefined} autoFocus={autoFocus}>
          {buttonLabel(recording, state)}
        </button>
        <label className="voice-timer-toggle">
          <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} /> 2-minute timer
        </label>
      </div>
      <p className="hint">{blocked && !recording ? blocked : HOLD_HINT}</p>
      {askReplace && !recording && <ReplaceQuestion kind={askReplace} onReplace={answer(onReplace)} onKeep={answer(onKeep)} />}
      {recording && <LiveMeter elapsed={elapsed} level={level} speaking={speaking} timer={timer} />}
    </div>
  );
}
