/**
 * The delivery of a spoken attempt in one line for the study guide: pace,
 * talk time, fillers, pauses and hedges as measured — observable numbers only,
 * with the band each falls in (the same bands the app's Delivery panel uses).
 */
import type { Delivery } from '../../../../shared/delivery.js';
import type { AttemptAddon } from './blocks.js';

const PACE = { slow: 'slow', comfortable: 'comfortable', fast: 'fast' } as const;
const FILLERS = { fine: 'fine', noticeable: 'noticeable', high: 'worth work', too_short: 'too few words to judge' } as const;
const TALK = { short: 'short', ok: 'within target', long: 'long' } as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "1:35" for 95 seconds. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * "Delivery: 142 words a minute (comfortable; target 120–170 wpm) · talk time 1:35 (within target; 60–120 s)
 * · 3 fillers, 1.9/min (fine) · 2 pauses ≥ 1.5 s, 1 of them ≥ 3 s · 1 hedge".
 */
export function deliveryLine(d: Delivery): string {
  const pace = d.wordsPerMinute === null ? 'pace not measured' : `${Math.round(d.wordsPerMinute)} words a minute${d.pace.band ? ` (${PACE[d.pace.band]}; target ${d.pace.target})` : ''}`;
  const talk = `talk time ${clock(d.talkTime.seconds)} (${TALK[d.talkTime.band]}; ${d.talkTime.target})`;
  const fillers = `${plural(d.fillers.count, 'filler')}${d.fillers.perMinute === null ? '' : `, ${d.fillers.perMinute}/min`} (${FILLERS[d.fillers.band]})`;
  const pauses =
    d.pauses.source === 'none'
      ? 'pauses not measured'
      : `${plural(d.pauses.count15, 'pause')} ≥ 1.5 s${d.pauses.count3 > 0 ? `, ${d.pauses.count3} of them ≥ 3 s` : ''}`;
  return `Delivery: ${[pace, talk, fillers, pauses, plural(d.hedges.count, 'hedge')].join(' · ')}`;
}

/** The delivery line under a spoken attempt that has delivery analytics. */
export const deliveryAddon: AttemptAddon = (_ctx, _q, answer) => {
  const d = answer.feedback?.delivery;
  return d ? [{ kind: 'paragraph', tone: 'muted', text: deliveryLine(d) }] : [];
};
