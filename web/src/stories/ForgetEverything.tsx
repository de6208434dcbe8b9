/**
 * "Forget everything": delete all stories, after an inline confirmation. The
 * section disappears with the stories, so the page moves focus and says what
 * happened, with the questions and feedback they were removed from (see StoriesPage).
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
  const them = total === 1 ? 'it' : 'them';
  return (
    <section className="panel danger-zone" aria-labelledby="clear-heading">
      <h2 id="clear-heading">Forget everything</h2>
      <p>
        Delete {all}. New questions, feedback and example answers will no longer draw on {them}. Questions built on {them} that you have not
        answered go too; answered ones, past feedback and study guides lose the words they quoted from {them}. Your sessions, answers and
        scores stay.
      </p>
      <ConfirmButton
        label="Delete all stories"
        question={`Delete ${all}? This cannot be undone. Questions built on ${them} go too, and past feedback loses what it quoted from ${them}. Your answers stay.`}
        confirmLabel="Yes, delete all"
        onConfirm={async () => void (await onClear())}
        disabled={busy}
      />
      <ErrorAlert message={error} />
    </section>
  );
}
