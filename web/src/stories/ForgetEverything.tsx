/**
 * "Forget everything": delete all stories, after an inline confirmation. The
 * section disappears with the stories, so the page moves focus and says what
 * happened (see StoriesPage).
 */
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';

interface Props {
  total: number;
  busy: boolean;
  error: string | null;
  onClear: () => Promise<unknown>;
}

export function ForgetEverything({ total, busy, error, onClear }: Props) {
  const all = total === 1 ? 'your one story' : `all ${total} stories`;
  return (
    <section className="panel danger-zone" aria-labelledby="clear-heading">
      <h2 id="clear-heading">Forget everything</h2>
      <p>
        Delete {all}. New questions, feedback and example answers will no longer draw on {total === 1 ? 'it' : 'them'}. Your sessions and answers
        stay, and feedback and study guides you already have keep the quotes they made from your stories.
      </p>
      <ConfirmButton
        label="Delete all stories"
        question={`Delete ${all}? This cannot be undone. Past feedback and study guides keep the quotes they already made.`}
        confirmLabel="Yes, delete all"
        onConfirm={async () => void (await onClear())}
        disabled={busy}
      />
      <ErrorAlert message={error} />
    </section>
  );
}
