/** A strip of speech and pauses over the recording (SVG), with a text label for screen readers. */
import type { Delivery } from './api.js';

interface Props {
  delivery: Delivery;
}

export function timelineLabel(d: Delivery): string {
  const pauses = d.pauses.long.map((p) => `${p.seconds.toFixed(1)} s at ${p.start.toFixed(1)} s`).join(', ');
  return `Timeline of ${d.totalSeconds.toFixed(1)} s: ${d.pauses.count15} long pause${d.pauses.count15 === 1 ? '' : 's'}${pauses ? ` (${pauses})` : ''}.`;
}

export function DeliveryTimeline({ delivery: d }: Props) {
  // Without timing the strip would draw the whole recording as speech: say there is none instead.
  if (d.pauses.source === 'none') return <p className="hint voice-timeline">No timeline: there was no speech timing to draw.</p>;
  const total = Math.max(d.totalSeconds, ...d.pauses.long.map((p) => p.end), 1);
  const x = (t: number) => (t / total) * 100;
  return (
    <figure className="voice-timeline">
      <svg viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label={timelineLabel(d)}>
        <rect x="0" y="3" width="100" height="6" className="voice-tl-speech" />
        {d.pauses.long.map((p, i) => (
          <rect key={i} x={x(p.start)} y="0" width={Math.max(0.5, x(p.end) - x(p.start))} height="12" className={p.seconds >= 3 ? 'voice-tl-pause very' : 'voice-tl-pause'} />
        ))}
        {d.fillers.items.filter((f) => f.at !== undefined).map((f, i) => (
          <rect key={`f${i}`} x={x(f.at!)} y="3" width="0.6" height="6" className="voice-tl-filler" />
        ))}
      </svg>
      <figcaption className="hint">Blue: speaking · amber: pause ≥ 1.5 s · red: pause ≥ 3 s{d.fillers.items.some((f) => f.at !== undefined) ? ' · dark ticks: fillers' : ''}</figcaption>
    </figure>
  );
}
