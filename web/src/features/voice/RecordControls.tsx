/** Record / stop, a live microphone level, elapsed time and an optional 2-minute countdown. */
import { useState } from 'react';
import { START_RECORDING } from './micMessage.js';
import type { RecorderState } from './useRecorder.js';

const TIMER_SECONDS = 120;

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

interface Props {
  recording: boolean;
  state: RecorderState;
  disabled: boolean;
  elapsed: number;
  level: number;
  speaking: boolean;
  onStart: () => void;
  onStop: () => void;
}

export function RecordControls({ recording, state, disabled, elapsed, level, speaking, onStart, onStop }: Props) {
  const [timer, setTimer] = useState(false);
  const left = TIMER_SECONDS - elapsed;
  return (
    <div className="voice-record">
      <div className="actions">
        {recording ? (
          <button type="button" className="button danger" onClick={onStop} disabled={state === 'stopping'}>
            Stop recording
          </button>
        ) : (
          <button type="button" className="button primary" onClick={onStart} disabled={disabled || state === 'starting'}>
            {state === 'starting' ? 'Opening the microphone…' : START_RECORDING}
          </button>
        )}
        <label className="voice-timer-toggle">
          <input type="checkbox" checked={timer} onChange={(e) => setTimer(e.target.checked)} /> 2-minute timer
        </label>
      </div>
      <p className="hint">Or hold the space bar while this panel has focus: speak while holding, release to stop.</p>
      {recording && (
        <div className="voice-live" aria-live="off">
          <span className={`voice-dot${speaking ? ' on' : ''}`} aria-hidden="true" />
          <span>{speaking ? 'Speaking' : 'Silence'}</span>
          <meter min={0} max={1} value={level} aria-label="Microphone level" />
          <span className="voice-clock">{formatClock(elapsed)}</span>
          {timer && <span className={`voice-countdown${left < 0 ? ' over' : ''}`}>{left >= 0 ? `${formatClock(left)} left` : `${formatClock(-left)} over — wrap up`}</span>}
        </div>
      )}
    </div>
  );
}
