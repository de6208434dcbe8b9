/** One session in the list: what it is, how far along, and its actions. */
import { useState } from 'react';
import { deleteSession } from '../api/sessions.js';
import type { PersonaInfo, SessionSummary } from '../api/types.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { personaName } from '../hooks/usePersonas.js';
import { sessionHref } from '../hooks/useRoute.js';
import { formatDateTime, formatScore } from '../labels.js';
import { RenameForm } from './RenameForm.js';

interface Props {
  session: SessionSummary;
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

export function SessionCard({ session: s, personas, onChanged }: Props) {
  const [renaming, setRenaming] = useState(false);
  const remove = useAction(async () => {
    await deleteSession(s.id);
    await onChanged();
  });
  const role = [s.role, s.company].filter(Boolean).join(' at ');

  return (
    <article className="card" aria-labelledby={`s-${s.id}`}>
      {renaming ? (
        <RenameForm session={s} onReload={onChanged} onDone={async (changed) => { setRenaming(false); if (changed) await onChanged(); }} />
      ) : (
        <h3 id={`s-${s.id}`} className="card-title">
          <a href={sessionHref(s.id)}>{s.name}</a>
        </h3>
      )}
      {role && <p className="card-sub">{role}</p>}
      <dl className="facts">
        <div><dt>Created</dt><dd><time dateTime={s.createdAt}>{formatDateTime(s.createdAt)}</time></dd></div>
        <div><dt>Coach</dt><dd>{personaName(personas, s.persona)}</dd></div>
        <div><dt>Answered</dt><dd>{s.answeredCount} of {s.questionCount}</dd></div>
        <div><dt>Average</dt><dd>{s.averageScore === null ? '—' : `${formatScore(s.averageScore)} / 5`}</dd></div>
      </dl>
      <ErrorAlert message={remove.error} />
      {!renaming && (
        <div className="actions">
          <a className="button secondary" href={sessionHref(s.id)} aria-label={`Open ${s.name}`}>Open</a>
          <button type="button" className="button secondary" onClick={() => setRenaming(true)} aria-label={`Rename ${s.name}`}>
            Rename
          </button>
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete ${s.name}`}
            question={`Delete “${s.name}” and all its answers?`}
            onConfirm={() => remove.run()}
            disabled={remove.busy}
          />
        </div>
      )}
    </article>
  );
}
