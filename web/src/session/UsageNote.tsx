/** Model token usage for the session; hidden while nothing was used (built-in coach). */
import type { UsageTotals } from '../api/types.js';

const fmt = (n: number): string => n.toLocaleString();

export function UsageNote({ usage }: { usage: UsageTotals }) {
  if (usage.promptTokens + usage.completionTokens === 0) return null;
  return (
    <details className="usage">
      <summary>
        AI usage: {fmt(usage.promptTokens)} prompt + {fmt(usage.completionTokens)} completion tokens
      </summary>
      <ul>
        {usage.byModel.map((m) => (
          <li key={m.model}>
            {m.model}: {fmt(m.promptTokens)} prompt, {fmt(m.completionTokens)} completion
          </li>
        ))}
      </ul>
    </details>
  );
}
