/** Whether this browser can record here at all (needs the DOM: getUserMedia and MediaRecorder). */
import { TYPE_INSTEAD } from './micMessage.js';

/** "Or type your answer…" as a sentence of its own. */
const TYPE_INSTEAD_SENTENCE = `${TYPE_INSTEAD.charAt(0).toUpperCase()}${TYPE_INSTEAD.slice(1)}.`;

/** Why recording is impossible in this browser, or null when it is possible. */
export function recordingUnsupported(): string | null {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    return `This browser cannot use a microphone on this page (it needs https:// or http://localhost). ${TYPE_INSTEAD_SENTENCE}`;
  }
  if (typeof MediaRecorder === 'undefined') return `This browser cannot record audio. ${TYPE_INSTEAD_SENTENCE}`;
  return null;
}
