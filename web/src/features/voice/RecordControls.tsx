/**
 * Record / stop, a live microphone level, elapsed time and an optional 2-minute countdown.
 *
 * Record and stop are one button whose label changes, never two buttons swapped
 * and never `disabled` while it has focus: a disabled or replaced element drops
 * keyboard focus to <body>, and a second Enter would then do nothing while the
 * microphone kept recording. While it cannot act it is `aria-disabled` instead.
 */
import { useState } from 'react';
import { START_RECORDING } from './micMessage.js';
import type { RecorderState } from './useRecorder.js';

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

export function RecordControls({ recording, state, disabled, blocked, elapsed, level, speaking, onStart, onStop, autoFocus }: Props) {
  const [timer, setTimer] = useState(false);
  const inert = isInert(recording, state, disabled, blocked);
  const press = () => {
    if (inert) return;
    if (recording) onStop();
    else onStart();
  };
  return (
    <div className="voice-record">
      <div className="actions">
        <button type="button" className={`button ${recording ? 'danger' : 'primary'}`} onClick={press} aria-disabled={inert || undefined} autoFocus={autoFocus}>
          {buttonLabel(recording, state)}
        </button>
        <label className="voice-timer-toggle">
          <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} /> 2-minute timer
        </label>
      </div>
      <p className="hint">{blocked && !recording ? blocked : HOLD_HINT}</p>
      {recording && <LiveMeter elapsed={elapsed} level={level} speaking={speaking} timer={timer} />}
    </div>
  );
}
