/**
 * Reading the question aloud with the browser's own voices. Where the browser
 * has none (common on Linux without speech-dispatcher), `available` is false
 * and the question stays on screen only — no error, no sound.
 */
import { useCallback, useEffect, useState } from 'react';

const supported = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

export function useSpeechSynthesis() {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [voiceURI, setVoiceURI] = useState<string | null>(null);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!supported()) return;
    const synth = window.speechSynthesis;
    // Voices load asynchronously in Chromium: read them now and whenever they change.
    const load = () => setVoices(synth.getVoices());
    load();
    synth.addEventListener('voiceschanged', load);
    return () => {
      synth.removeEventListener('voiceschanged', load);
      synth.cancel();
    };
  }, []);

  const speak = useCallback(
    (text: string): boolean => {
      if (!supported() || voices.length === 0) return false;
      const synth = window.speechSynthesis;
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      const voice = voices.find((v) => v.voiceURI === voiceURI) ?? voices.find((v) => v.default) ?? voices[0];
      if (voice) {
        u.voice = voice;
        u.lang = voice.lang;
      }
      u.onend = () => setSpeaking(false);
      u.onerror = () => setSpeaking(false);
      setSpeaking(true);
      synth.speak(u);
      return true;
    },
    [voices, voiceURI],
  );

  const cancel = useCallback(() => {
    if (supported()) window.speechSynthesis.cancel();
    setSpeaking(false);
  }, []);

  return { available: voices.length > 0, voices, voiceURI, setVoiceURI, speak, cancel, speaking };
}
