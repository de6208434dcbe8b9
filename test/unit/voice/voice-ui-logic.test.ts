/**
 * The voice panels' DOM-free logic: the live status per stage, one microphone
 * user at a time, hedges quoted as the transcript wrote them, and "remember"
 * checkboxes named after their line.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDelivery } from '../../../src/server/services/delivery/analyze.js';
import { rememberName } from '../../../web/src/features/realtime/remember-name.js';
import { hedgeQuotes } from '../../../web/src/features/voice/hedges.js';
import { claimMic, releaseMic } from '../../../web/src/features/voice/mic-lock.js';
import { NOTHING_HEARD, turnStatus } from '../../../web/src/features/voice/turn-status.js';

describe('turnStatus', () => {
  it('announces recording started and stopped', () => {
    expect(turnStatus('recording', false, null)).toMatch(/^Recording\./);
    expect(turnStatus('transcribing', true, null)).toMatch(/^Recording stopped\./);
    expect(turnStatus('editing', true, NOTHING_HEARD)).toBe(`Recording stopped. ${NOTHING_HEARD}`);
    expect(turnStatus('ready', false, null)).toBeNull();
  });

  it('says what to do when the transcriber heard nothing (not a microphone problem)', () => {
    expect(NOTHING_HEARD).toBe('The transcription service returned no text for this recording. Type what you said, or record again.');
  });
});

describe('mic lock', () => {
  it('lets one feature hold the microphone until it gives it back', () => {
    expect(claimMic('recording')).toBe(true);
    expect(claimMic('recording')).toBe(true);
    expect(claimMic('interview')).toBe(false);
    releaseMic('interview'); // Not the holder: no effect.
    expect(claimMic('interview')).toBe(false);
    releaseMic('recording');
    expect(claimMic('interview')).toBe(true);
    releaseMic('interview');
  });
});

describe('hedgeQuotes', () => {
  it('quotes hedges as the transcript wrote them, each once', () => {
    const text = 'I think the rota helped. Maybe it was luck, but i think it was the rota.';
    const d = analyzeDelivery({ text, durationSeconds: 20 });
    expect(d.hedges.items.map((h) => h.phrase)).toContain('i think');
    const quoted = hedgeQuotes(d, text);
    expect(quoted).toContain('“I think”');
    expect(quoted).not.toContain('“i think”');
    expect(quoted.match(/think/gi)).toHaveLength(1);
  });

  it('falls back to the matched phrase when the text does not line up', () => {
    const d = analyzeDelivery({ text: 'I think so.', durationSeconds: 3 });
    expect(hedgeQuotes(d, 'something else entirely')).toBe('“i think”');
  });
});

describe('rememberName', () => {
  it('names the checkbox after the start of its line', () => {
    expect(rememberName('I rebuilt the rota.')).toBe('Remember: I rebuilt the rota.');
    const long = rememberName('At Tidewater I rebuilt the triage rota and first response fell from nine hours to forty minutes.');
    expect(long).toBe('Remember: At Tidewater I rebuilt the triage rota…');
    expect(long.length).toBeLessThanOrEqual('Remember: '.length + 41);
  });
});
