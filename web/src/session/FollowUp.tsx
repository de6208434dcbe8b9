/** The follow-up an interviewer might ask, with a way to practise it as a new question. */
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { BusyButton } from './BusyButton.js';

interface Props {
  text: string;
  /** Add the follow-up as a question and select it; absent = no button. */
  onPractise?: (text: string) => Promise<void>;
}

export function FollowUp({ text, onPractise }: Props) {
  const practise = useAction(async () => onPractise?.(text));
  return (
    <div className="follow-up">
      <h4>Follow-up an interviewer might ask</h4>
      <p>{text}</p>
      {onPractise && (
        <BusyButton className="button secondary small" onClick={() => void practise.run()} busy={practise.busy}>
          {practise.busy ? 'Adding…' : 'Practise this follow-up'}
        </BusyButton>
      )}
      <ErrorAlert message={practise.error} />
    </div>
  );
}
