/**
 * An example answer built from the user's own documents, shown on request and
 * clearly labelled; placeholders like [number of users] are highlighted so the
 * user sees which facts only they can supply.
 */
import type { Ref } from 'react';
import type { ExampleAnswer } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Highlighted, PLACEHOLDER_MARK } from '../components/Highlighted.js';
import { Status } from '../components/Status.js';
import { BusyButton } from './BusyButton.js';
import { CoachLabel } from './CoachLabel.js';
import { ExampleBasedOn } from './ExampleBasedOn.js';
import { exampleStatus, useFocusOnExample, type ExampleState } from './useExampleAnswer.js';

/** "Show an example answer": stays focused while the example is built (then the card's heading takes focus). */
export function ExampleButton({ state }: { state: ExampleState }) {
  const { load } = state;
  return (
    <BusyButton className="button secondary" onClick={() => void load.run()} busy={load.busy}>
      {load.busy ? 'Building an example…' : 'Show an example answer'}
    </BusyButton>
  );
}

/** The load button (until loaded), its progress and errors, then the card. */
export function ExampleAnswerPanel({ state }: { state: ExampleState }) {
  const { example, load } = state;
  const headingRef = useFocusOnExample(state);
  return (
    <div className="example">
      {!example && <ExampleButton state={state} />}
      <Status busy={load.busy}>{exampleStatus(state)}</Status>
      <ErrorAlert message={load.error} />
      {example && <ExampleCard example={example} headingRef={headingRef} />}
    </div>
  );
}

/** The labelled example: its lines, placeholders marked, and what it was built from. */
export function ExampleCard({ example, headingRef }: { example: ExampleAnswer; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <section className="example-card" aria-labelledby="example-heading">
      <h3 id="example-heading" ref={headingRef} tabIndex={-1}>Example answer</h3>
      {/* Which coach wrote it, as on feedback: a built-in example after an AI failure must not pass for the AI's. */}
      <CoachLabel coach={example.coach} what="example" />
      <p className="example-label">
        An example built only from your own resume and stories — not a script. Facts it could not find are left as{' '}
        <mark className="placeholder">[placeholders]</mark> for you to fill in.
      </p>
      {example.text.split(/\n+/).filter((line) => line.trim()).map((line, i) => (
        <ExampleLine key={i} line={line} />
      ))}
      <ExampleBasedOn example={example} />
    </section>
  );
}

/** One line of the example; a leading "Situation:"-style label is shown in bold. */
function ExampleLine({ line }: { line: string }) {
  const label = /^([A-Z][A-Za-z &+/-]{2,24}):\s+/.exec(line);
  const rest = label ? line.slice(label[0].length) : line;
  return (
    <p className="example-text">
      {label && <strong>{label[1]}: </strong>}
      <Highlighted text={rest} pattern={PLACEHOLDER_MARK} className="placeholder" />
    </p>
  );
}
