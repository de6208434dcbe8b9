/** "Read the question aloud" with a voice picker; with no voices, a quiet note and the text on screen. */
import { useSpeechSynthesis } from './useSpeechSynthesis.js';

export function QuestionReader({ text }: { text: string }) {
  const tts = useSpeechSynthesis();
  if (!tts.available) {
    return <p className="hint voice-no-tts">Your browser has no voices to read the question aloud; read it above.</p>;
  }
  return (
    <div className="voice-reader">
      <button type="button" className="button secondary small" onClick={() => (tts.speaking ? tts.cancel() : tts.speak(text))}>
        {tts.speaking ? 'Stop reading' : 'Read the question aloud'}
      </button>
      <label className="voice-picker">
        <span>Voice</span>
        <select value={tts.voiceURI ?? ''} onChange={(e) => tts.setVoiceURI(e.target.value || null)}>
          <option value="">Browser default</option>
          {tts.voices.map((v) => (
            <option key={v.voiceURI} value={v.voiceURI}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
