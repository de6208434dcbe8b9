/**
 * Change the coach persona, difficulty, question type or AI model of a session.
 * The save carries the session's version: when another tab or window saved a
 * change since this page loaded, the server refuses (409) and the form says so,
 * with a Reload button that brings the latest settings while keeping the
 * user's unsaved choices on top (see settings-draft.ts).
 */
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { getHealth, updateSession } from '../api/sessions.js';
import type { PersonaInfo, SessionDetail } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { useLoad } from '../hooks/useLoad.js';
import { DIFFICULTIES, DIFFICULTY_LABEL, QUESTION_TYPES, QUESTION_TYPE_LABEL } from '../labels.js';
import { BusyButton } from './BusyButton.js';
import { reloadedMessage, storedSettings, type Draft, type Settings } from './settings-draft.js';

/** The server says "make your change again"; here the form keeps the user's choices through the reload. */
const SETTINGS_CONFLICT =
  'Not saved: this session was changed in another tab or window. Reload to see the latest settings; the changes you made here stay selected, so you can then save again.';

interface Props {
  detail: SessionDetail;
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

/** The 409 from a stale save, with the way out: reload, keeping the choices made here. */
function ChangedElsewhere({ busy, onReload }: { busy: boolean; onReload: () => void }) {
  return (
    <div className="alert alert-stacked" role="alert">
      <span>{SETTINGS_CONFLICT}</span>
      <BusyButton className="button secondary" onClick={onReload} busy={busy}>
        Reload the latest settings
      </BusyButton>
    </div>
  );
}

/** Save the shown settings on the version they were made on; 'conflict' when another tab or window saved first. */
async function saveSettings(detail: SessionDetail, shown: Settings, offersModels: boolean): Promise<'saved' | 'conflict'> {
  const { model, ...rest } = shown;
  try {
    await updateSession(detail.id, { ...rest, ...(offersModels ? { model: model || null } : {}) }, detail.version);
    return 'saved';
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) return 'conflict';
    throw err;
  }
}

type Mode = 'idle' | 'saving' | 'reloading' | 'saved' | 'reloaded';

/** The words of the status line, from what is happening or last happened. */
function statusText(mode: Mode, detail: SessionDetail, draft: Draft, personas: PersonaInfo[]): string {
  if (mode === 'saving') return 'Saving…';
  if (mode === 'reloading') return 'Reloading…';
  if (mode === 'saved') return 'Settings saved.';
  // After a reload the props hold the latest settings: say they are shown, and which choices of the user's are kept.
  return mode === 'reloaded' ? reloadedMessage(storedSettings(detail), draft, personas) : '';
}

/** The four choices; `shown` is the stored settings with the user's unsaved changes on top. */
function SettingsFields({ shown, personas, models, onChange }: { shown: Settings; personas: PersonaInfo[]; models: string[]; onChange: (patch: Draft) => void }) {
  const description = personas.find((p) => p.id === shown.persona)?.description;
  return (
    <>
      <label htmlFor="set-persona">Coach</label>
      <select id="set-persona" value={shown.persona} onChange={(e) => onChange({ persona: e.target.value as Settings['persona'] })} aria-describedby="set-persona-desc">
        {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
      </select>
      <p id="set-persona-desc" className="hint">{description || ' '}</p>
      <div className="field-row">
        <div>
          <label htmlFor="set-difficulty">Difficulty</label>
          <select id="set-difficulty" value={shown.difficulty} onChange={(e) => onChange({ difficulty: e.target.value as Settings['difficulty'] })}>
            {DIFFICULTIES.map((d) => <option key={d} value={d}>{DIFFICULTY_LABEL[d]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="set-type">Question type</label>
          <select id="set-type" value={shown.questionType} onChange={(e) => onChange({ questionType: e.target.value as Settings['questionType'] })}>
            {QUESTION_TYPES.map((t) => <option key={t} value={t}>{QUESTION_TYPE_LABEL[t]}</option>)}
          </select>
        </div>
      </div>
      {models.length > 1 && (
        <>
          <label htmlFor="set-model">AI model</label>
          <select id="set-model" value={shown.model} onChange={(e) => onChange({ model: e.target.value })}>
            <option value="">Server default</option>
            {models.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </>
      )}
    </>
  );
}

export function SessionSettings({ detail, personas, onChanged }: Props) {
  const [draft, setDraft] = useState<Draft>({});
  const [mode, setMode] = useState<Exclude<Mode, 'saving' | 'reloading'>>('idle');
  const [conflict, setConflict] = useState(false);
  const models = useLoad(getHealth, []).data?.coach.models ?? [];
  const shown: Settings = { ...storedSettings(detail), ...draft };
  const change = (patch: Draft): void => {
    setMode('idle');
    setDraft((d) => ({ ...d, ...patch }));
  };
  const save = useAction(async () => {
    const outcome = await saveSettings(detail, shown, models.length > 1);
    setConflict(outcome === 'conflict');
    if (outcome === 'conflict') return;
    await onChanged();
    setDraft({});
    setMode('saved');
  });
  const saveRef = useRef<HTMLButtonElement>(null);
  const reload = useAction(async () => {
    await onChanged();
    setConflict(false);
    setMode('reloaded');
    // The Reload button goes with the alert: keyboard focus moves on to the next step, saving again.
    saveRef.current?.focus();
  });
  const busy = save.busy || reload.busy;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (busy) return;
    setMode('idle');
    void save.run();
  };
  const status = statusText(save.busy ? 'saving' : reload.busy ? 'reloading' : mode, detail, draft, personas);

  return (
    <details className="settings">
      <summary>Session settings</summary>
      <form className="form" onSubmit={submit}>
        <SettingsFields shown={shown} personas={personas} models={models} onChange={change} />
        {conflict && <ChangedElsewhere busy={reload.busy} onReload={() => void reload.run()} />}
        <ErrorAlert message={save.error ?? reload.error} />
        <BusyButton ref={saveRef} type="submit" className="button secondary" busy={busy}>Save settings</BusyButton>
        <Status busy={busy}>{status}</Status>
      </form>
    </details>
  );
}
