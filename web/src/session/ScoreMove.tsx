/**
 * "2.1 → 3.4 ▲ 1.3": a score beside the one before it. Sighted users read the
 * arrow and the sign; screen readers hear one sentence ("Score 3.4 of 5, up 1.3
 * from your last attempt"). The colour only repeats what the words say.
 */
import { formatScore } from '../labels.js';
import { describeChange, type ScoreChange } from './score-change.js';

interface Props {
  change: ScoreChange;
  /** What the earlier score was ("your last attempt", "attempt 1"). */
  than?: string;
  /** Larger type for the answer pane; the rail uses the compact form. */
  size?: 'large' | 'compact';
}

export function ScoreMove({ change, than = 'your last attempt', size = 'compact' }: Props) {
  const dir = change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'same';
  const step = Math.abs(change.delta).toFixed(1).replace(/\.0$/, '');
  return (
    <span className={`score-move ${dir} ${size}`}>
      <span aria-hidden="true">
        <span className="score-move-from">{formatScore(change.from)}</span>
        <span className="score-move-arrow"> → </span>
        <span className="score-move-to">{formatScore(change.to)}</span>
        <span className="score-move-delta">{dir === 'up' ? ` ▲ ${step}` : dir === 'down' ? ` ▼ ${step}` : ' = same'}</span>
      </span>
      <span className="visually-hidden">{`Score ${formatScore(change.to)} of 5, ${describeChange(change, than)} (${formatScore(change.from)}).`}</span>
    </span>
  );
}
