/**
 * How the answer was spoken: the numbers against their target bands, the
 * transcript with fillers and hedges marked, a timeline, the caveats, and the
 * recording (playable, deletable) when it was kept.
 */
import { useEffect, useState } from 'react';
import { messageOf } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { audioUrl, deleteAudio, hasAudio, type Delivery } from './api.js';
import { DeliveryTimeline } from './DeliveryTimeline.js';
import { hedgeQuotes } from './hedges.js';
import { HighlightedTranscript } from './HighlightedTranscript.js';
import { RecordedAudio } from './RecordedAudio.js';
import { formatClock } from './RecordControls.js';

const PACE = { slow: 'slower than the comfortable band', comfortable: 'in the comfortable band', fast: 'faster than the comfortable band' } as const;
const FILLER = { fine: 'fine (2% of words or fewer)', noticeable: 'noticeable (2–5% of words)', high: 'worth working on (more than 5% of words)', too_short: 'too short to judge (under 50 words)' } as const;
const TALK = { short: 'shorter than the target', ok: 'within the target', long: 'longer than the target' } as const;

function Row({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="voice-value">{value}</span>
        {note && <span className="voice-band"> {note}</span>}
      </dd>
    </div>
  );
}

/** Why pace or pauses have no number: the microphone heard no speech, or there was too little to time. */
function unmeasured(d: Delivery): string {
  return d.speakingSeconds === 0 && d.pauses.source === 'none' ? '(no speech was heard in the recording)' : '(too little timed speech)';
}

/** The pause rows: counts when pauses were timed, else "not measured" with the reason (never a 0 that was not measured). */
function PauseRows({ d }: { d: Delivery }) {
  const measured = d.pauses.source !== 'none';
  const note = measured ? undefined : unmeasured(d);
  return (
    <>
      <Row label="Long pauses (≥ 1.5 s)" value={measured ? String(d.pauses.count15) : 'not measured'} note={note} />
      <Row label="Very long pauses (≥ 3 s)" value={measured ? String(d.pauses.count3) : 'not measured'} note={note} />
    </>
  );
}

/** The delivery numbers; `text` is the transcript the numbers were measured on (for quoting it). */
export function DeliveryNumbers({ d, text }: { d: Delivery; text?: string }) {
  const top = Object.entries(d.fillers.byWord).sort((a, b) => b[1] - a[1]).map(([w, n]) => `“${w}” ×${n}`).join(', ');
  const hedges = hedgeQuotes(d, text);
  return (
    <dl className="voice-numbers">
      <Row label="Pace" value={d.wordsPerMinute === null ? 'not measured' : `${d.wordsPerMinute} wpm`} note={d.pace.band ? `${PACE[d.pace.band]} (${d.pace.target})` : unmeasured(d)} />
      <Row label="Talk time" value={formatClock(d.talkTime.seconds)} note={`${TALK[d.talkTime.band]} (${d.talkTime.target})`} />
      <Row label="Words" value={String(d.wordCount)} note="(150–300 is typical)" />
      <Row label="Fillers" value={`${d.fillers.count}${d.fillers.perMinute === null ? '' : ` · ${d.fillers.perMinute}/min`}`} note={`${FILLER[d.fillers.band]}${top ? ` — ${top}` : ''}`} />
      <PauseRows d={d} />
      <Row label="Hedges" value={String(d.hedges.count)} note={hedges ? `— ${hedges}` : undefined} />
    </dl>
  );
}

interface Props {
  delivery: Delivery;
  text: string;
  sessionId: string;
  answerId: string;
  /** Whether the server kept the recording; when omitted (a past attempt) the panel asks the server. */
  audioStored?: boolean;
}

export function DeliveryPanel({ delivery, text, sessionId, answerId, audioStored }: Props) {
  const [audio, setAudio] = useState(audioStored ?? false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (audioStored !== undefined) return;
    let live = true;
    void hasAudio(sessionId, answerId).then((yes) => live && setAudio(yes));
    return () => {
      live = false;
    };
  }, [audioStored, sessionId, answerId]);
  const remove = async () => {
    try {
      await deleteAudio(sessionId, answerId);
      setAudio(false);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <section className="voice-delivery" aria-labelledby="delivery-heading">
      <h4 id="delivery-heading">Delivery</h4>
      <DeliveryNumbers d={delivery} text={text} />
      <DeliveryTimeline delivery={delivery} />
      <HighlightedTranscript text={text} delivery={delivery} />
      {delivery.notes.length > 0 && (
        <ul className="voice-notes">
          {delivery.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {audio && (
        <div className="voice-audio">
          <RecordedAudio src={audioUrl(sessionId, answerId)} />
          <button type="button" className="button danger-outline small" onClick={() => void remove()}>
            Delete recording
          </button>
        </div>
      )}
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
    </section>
  );
}
