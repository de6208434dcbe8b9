/** The voice panel's status line per stage. DOM-free (tested in Node). */

/** What the transcriber's empty result means to the user (silence, a muted or wrong microphone). */
export const NOTHING_HEARD = 'No speech was heard in the recording; check your microphone or type what you said.';

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
