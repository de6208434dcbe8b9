/**
 * The recorded answer, playable and scrubbable. MediaRecorder writes WebM with
 * no duration in its header, so Chromium reports `Infinity` ("0:00 / 0:00")
 * and the seek bar does nothing. The well-known fix, done once per load: seek
 * far past the end, which makes the browser find the real end and report the
 * duration, then seek back to the start.
 */
import { useEffect, useRef } from 'react';

/** Far beyond any recording: the browser clamps it to the real end. */
const PAST_THE_END = 1e101;

/** Make `audio` learn its real duration when the file does not say it (no-op otherwise). */
export function fixUnknownDuration(audio: HTMLMediaElement): () => void {
  const back = () => {
    if (!Number.isFinite(audio.duration)) return;
    audio.removeEventListener('durationchange', back);
    audio.currentTime = 0;
  };
  const onMeta = () => {
    if (audio.duration !== Infinity) return;
    audio.addEventListener('durationchange', back);
    audio.currentTime = PAST_THE_END;
  };
  audio.addEventListener('loadedmetadata', onMeta);
  return () => {
    audio.removeEventListener('loadedmetadata', onMeta);
    audio.removeEventListener('durationchange', back);
  };
}

export function RecordedAudio({ src }: { src: string }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => (ref.current ? fixUnknownDuration(ref.current) : undefined), [src]);
  // preload="metadata": the length shows (and the fix runs) before the user presses play.
  return <audio ref={ref} controls preload="metadata" src={src} aria-label="Your recorded answer" />;
}
