/**
 * Hold the space bar to talk: recording starts on the first keydown inside
 * the voice panel and stops when space is released anywhere (focus may move
 * while recording). A release that comes before the microphone has opened
 * stops the recording as soon as it starts. Never active while typing.
 */
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import type { TurnStage } from './useVoiceTurn.js';

const isTextEntry = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || ['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName));

export function useHoldToTalk(stage: TurnStage, start: () => Promise<boolean>, stop: () => Promise<void>) {
  const hold = useRef<{ active: boolean; released: boolean }>({ active: false, released: false });

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.code !== 'Space' || isTextEntry(e.target)) return;
      e.preventDefault();
      if (e.repeat || hold.current.active || (stage !== 'ready' && stage !== 'editing')) return;
      hold.current = { active: true, released: false };
      // Not started (the panel asks first, or the microphone failed): this hold is over.
      void start().then((started) => {
        if (!started) hold.current.active = false;
      });
    },
    [stage, start],
  );

  useEffect(() => {
    const up = (e: globalThis.KeyboardEvent) => {
      if (e.code !== 'Space' || !hold.current.active) return;
      e.preventDefault();
      hold.current.released = true;
      if (stage === 'recording') {
        hold.current.active = false;
        void stop();
      }
    };
    window.addEventListener('keyup', up);
    return () => window.removeEventListener('keyup', up);
  }, [stage, stop]);

  // Released while the microphone was still opening: stop as soon as recording begins.
  useEffect(() => {
    if (stage === 'recording' && hold.current.active && hold.current.released) {
      hold.current.active = false;
      void stop();
    } else if (stage !== 'recording' && stage !== 'ready' && stage !== 'editing') hold.current.active = false;
  }, [stage, stop]);

  return { onKeyDown };
}
