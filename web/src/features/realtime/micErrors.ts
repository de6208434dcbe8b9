/** Microphone failures in plain words: what happened and what to do next. */

/** The message to show when `getUserMedia` (or its absence) stops a voice interview. */
export function explainMicError(err: unknown): string {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'Microphone access is blocked. Allow the microphone for this site (click the icon at the left of the address bar), then press Start again.';
    case 'SecurityError':
      return 'The browser does not allow the microphone on this page. Open the app at https:// or http://localhost and try again.';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Plug one in (or enable it in your system settings), then press Start again.';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'The microphone could not be started; another app may be using it. Close other apps that use the microphone and try again.';
    default:
      return 'The microphone could not be opened. Check that one is connected and allowed for this site, then try again.';
  }
}

/** Open the microphone, or throw an Error whose message is already fit to show. */
export async function openMicrophone(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error('This browser cannot use a microphone on this page. Open the app at https:// or http://localhost in a current browser.');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true } });
  } catch (err) {
    throw new Error(explainMicError(err));
  }
}
