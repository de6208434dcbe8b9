/** Microphone and recorder failures in plain words: what happened and what to do. */

/** The message for an error from getUserMedia / MediaRecorder. */
export function micMessage(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'Microphone access is blocked. Allow the microphone for this site (the icon left of the address bar), then press Record again — or type your answer below.';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Connect one or enable it in your system settings, then press Record again — or type your answer below.';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'The microphone could not be started; another app may be using it. Close it and try again — or type your answer below.';
    case 'SecurityError':
      return 'This page may not use the microphone. Open the app at https:// or http://localhost — or type your answer below.';
    default:
      return 'The microphone could not be opened. Check that one is connected and allowed for this site — or type your answer below.';
  }
}

/** Why recording is impossible in this browser, or null when it is possible. */
export function recordingUnsupported(): string | null {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    return 'This browser cannot use a microphone on this page (it needs https:// or http://localhost). Type your answer below instead.';
  }
  if (typeof MediaRecorder === 'undefined') return 'This browser cannot record audio. Type your answer below instead.';
  return null;
}
