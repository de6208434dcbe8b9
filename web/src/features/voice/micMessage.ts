/** Microphone and recorder failures in plain words: what happened and what to do. DOM-free (tested in Node). */

/** The record button's label; the messages below name it, so they say what the user sees. */
export const START_RECORDING = 'Start recording';

/** The way out that always works: the typed answer box sits above the recording panel. */
export const TYPE_INSTEAD = 'or type your answer in the “Type your answer” box above';

/** The message for an error from getUserMedia / MediaRecorder. */
export function micMessage(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return `Microphone access is blocked. Allow the microphone for this site (the icon left of the address bar), then press ${START_RECORDING} again — ${TYPE_INSTEAD}.`;
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return `No microphone was found. Connect one or enable it in your system settings, then press ${START_RECORDING} again — ${TYPE_INSTEAD}.`;
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return `The microphone could not be started; another app may be using it. Close it, then press ${START_RECORDING} again — ${TYPE_INSTEAD}.`;
    case 'SecurityError':
      return `This page may not use the microphone. Open the app at https:// or http://localhost — ${TYPE_INSTEAD}.`;
    default:
      return `The microphone could not be opened. Check that one is connected and allowed for this site, then press ${START_RECORDING} again — ${TYPE_INSTEAD}.`;
  }
}
