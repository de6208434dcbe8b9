/** The voice panel's status line per stage, and its messages. DOM-free (tested in Node). */

/** The transcriber returned no words, though the microphone heard speech: not a microphone problem. */
export const NOTHING_HEARD = 'The transcription service returned no text for this recording. Type what you said, or record again.';

/** The microphone level stayed at silence for the whole recording: nothing was sent for transcription. */
export const MIC_SILENT = 'No speech was heard in the recording: the microphone level stayed at silence. Check your microphone and record again, or type what you said.';

/** A transcript from before a reload, put back. */
export const RESTORED = 'Your transcript from before the page was reloaded is back; check it and submit.';
export const RESTORED_TIMING = 'The recording itself was not kept, but its timing was, so pace and pauses are still measured.';

export const TRY_TRANSCRIPTION = 'Try transcription again';
export const TRANSCRIBE_ANYWAY = 'Transcribe anyway';

/** The server's advice to use browser recognition cannot be followed for a finished recording. */
const UNUSABLE_ADVICE = /speech recognition|type your answer/i;

/**
 * What to say when transcription failed: the service's reason without its generic
 * advice (which offers what this panel cannot do), then what the panel does offer.
 */
export function failedTranscription(serverMessage: string): string {
  const reason = serverMessage
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s && !UNUSABLE_ADVICE.test(s))
    .join(' ');
  return `${reason || 'Transcription failed.'} Your recording is kept: press “${TRY_TRANSCRIPTION}”, or type what you said.`;
}

/** The stages of one spoken turn (useVoiceTurn.ts). */
export type TurnStage = 'ready' | 'recording' | 'transcribing' | 'editing' | 'submitting' | 'done';

/**
 * What the polite live region says for each stage, so a screen-reader user hears
 * that recording started and stopped (the button label alone changes silently).
 */
export function turnStatus(stage: TurnStage, recorded: boolean, notice: string | null): string | null {
  switch (stage) {
    case 'recording':
      return 'Recording. Press Stop recording when you have finished.';
    case 'transcribing':
      return 'Recording stopped. Transcribing your answer…';
    case 'editing':
      return [recorded ? 'Recording stopped.' : null, notice].filter(Boolean).join(' ') || null;
    case 'submitting':
      return 'Saving your answer and asking the coach…';
    default:
      return null;
  }
}
