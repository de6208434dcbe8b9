/** One session in the list: what it is, how far along, and its actions. */
import { useEffect, useRef, useState } from 'react';
import { deleteSession } from '../api/sessions.js';
import type { PersonaInfo, SessionSummary } from '../api/types.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { personaName } from '../hooks/usePersonas.js';
import { sessionHref } from '../hooks/useRoute.js';
import { formatDateTime, formatScore } from '../labels.js';
import { RenameForm } from './RenameForm.js';

interface Props {
  session: SessionSummary;
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
  /** Called once the server has deleted the session, before `onChanged` reloads the list. */
  onDeleted: () => void;
}

export function SessionCard({ session: s, personas, onChanged, onDeleted }: Props) {
  const rename = useRename(onChanged);
  const remove = useAction(async () => {
    await deleteSession(s.id);
    onDeleted();
    await onChanged();
  });
  const role = [s.role, s.company].filter(Boolean).join(' at ');

  return (
    <article className="card" aria-labelledby={`s-${s.id}`}>
      {rename.open ? (
        <RenameForm session={s} onReload={onChanged} onDone={rename.close} />
      ) : (
        <h3 id={`s-${s.id}`} className="card-title">
          <a ref={rename.titleLink} href={sessionHref(s.id)}>{s.name}</a>
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
      {!rename.open && (
        <div className="actions">
          <a className="button secondary" href={sessionHref(s.id)} aria-label={`Open ${s.name}`}>Open</a>
          <button type="button" ref={rename.opener} className="button secondary" onClick={rename.start} aria-label={`Rename ${s.name}`}>
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
      {/* Already in the page before a rename, so screen readers announce "Renamed to …". */}
      <Status>{rename.said}</Status>
    </article>
  );
}

/**
 * The rename form's open/closed state. Closing never drops focus on <body>: a
 * saved rename lands on the session's title link (now the new name) and is said;
 * Cancel, Escape or an unchanged name go back to the Rename button.
 */
function useRename(onChanged: () => Promise<void>) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const titleLink = useRef<HTMLAnchorElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const landing = useRef<RefLike | null>(null);
  useEffect(() => {
    if (open || !landing.current) return;
    landing.current.current?.focus();
    landing.current = null;
  }, [open]);
  const start = (): void => {
    setSaid('');
    setOpen(true);
  };
  const close = async (renamedTo: string | null): Promise<void> => {
    landing.current = renamedTo ? titleLink : opener;
    setOpen(false);
    if (!renamedTo) return;
    await onChanged();
    setSaid(`Renamed to “${renamedTo}”.`);
  };
  return { open, said, titleLink, opener, start, close };
}

type RefLike = { current: HTMLElement | null };
