/**
 * Choosing a recording format the browser supports, instead of hard-coding
 * audio/webm (Safari records MP4/AAC; Firefox and Chromium WebM or Ogg Opus).
 */

/** Preferred first: Opus in WebM (Chromium, Firefox), MP4 (Safari), Ogg Opus, then any WebM. */
export const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus', 'audio/webm'] as const;

/** The first supported type, or '' to let MediaRecorder pick its default. */
export function pickMimeType(isTypeSupported: (type: string) => boolean): string {
  return RECORDING_TYPES.find((t) => {
    try {
      return isTypeSupported(t);
    } catch {
      return false;
    }
  }) ?? '';
}

/** File extension for a recorded type (servers read the format from the name). */
export function extensionFor(mimeType: string): string {
  if (mimeType.startsWith('audio/mp4')) return 'mp4';
  if (mimeType.startsWith('audio/ogg')) return 'ogg';
  if (mimeType.startsWith('audio/wav')) return 'wav';
  return 'webm';
}
