/** Choose the coach's voice for this session, with a spoken preview of each. */
import { useRef, useState } from 'react';
import type { VoiceOption } from './api.js';

interface Props {
  voices: VoiceOption[];
  value: string | null;
  disabled?: boolean;
  onChange: (voice: string) => void;
}

export function VoicePicker({ voices, value, disabled, onChange }: Props) {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const selected = value ?? voices[0]?.id ?? '';

  const preview = () => {
    const v = voices.find((x) => x.id === selected);
    if (!v) return;
    setProblem(null);
    audio.current?.pause();
    audio.current = new Audio(v.previewUrl);
    audio.current.play().catch(() => setProblem('The preview could not be played. The server may need an API key, or try again.'));
  };

  return (
    <div className="field-row">
      <label htmlFor="realtime-voice">Coach voice</label>
      <select id="realtime-voice" value={selected} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {voices.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      <button type="button" className="button secondary" onClick={preview} disabled={!selected}>
        Preview
      </button>
      {problem && <span className="hint">{problem}</span>}
    </div>
  );
}
