/** Change the coach persona, difficulty or question type of a session. */
import { useState, type FormEvent } from 'react';
import { getHealth, updateSession } from '../api/sessions.js';
import type { Difficulty, Persona, PersonaInfo, QuestionType, SessionDetail } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { useLoad } from '../hooks/useLoad.js';
import { DIFFICULTIES, DIFFICULTY_LABEL, QUESTION_TYPES, QUESTION_TYPE_LABEL } from '../labels.js';

interface Props {
  detail: SessionDetail;
  personas: PersonaInfo[];
  onChanged: () => Promise<void>;
}

export function SessionSettings({ detail, personas, onChanged }: Props) {
  const [persona, setPersona] = useState<Persona>(detail.persona);
  const [difficulty, setDifficulty] = useState<Difficulty>(detail.difficulty);
  const [questionType, setQuestionType] = useState<QuestionType>(detail.questionType);
  const [model, setModel] = useState(detail.model ?? '');
  const [saved, setSaved] = useState(false);
  const models = useLoad(getHealth, []).data?.coach.models ?? [];
  const save = useAction(async () => {
    await updateSession(detail.id, { persona, difficulty, questionType, ...(model ? { model } : {}) });
    await onChanged();
    setSaved(true);
  });
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setSaved(false);
    void save.run();
  };
  const description = personas.find((p) => p.id === persona)?.description;

  return (
    <details className="settings">
      <summary>Session settings</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor="set-persona">Coach</label>
        <select id="set-persona" value={persona} onChange={(e) => setPersona(e.target.value as Persona)} aria-describedby="set-persona-desc">
          {personas.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <p id="set-persona-desc" className="hint">{description || ' '}</p>
        <div className="field-row">
          <div>
            <label htmlFor="set-difficulty">Difficulty</label>
            <select id="set-difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>
              {DIFFICULTIES.map((d) => <option key={d} value={d}>{DIFFICULTY_LABEL[d]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="set-type">Question type</label>
            <select id="set-type" value={questionType} onChange={(e) => setQuestionType(e.target.value as QuestionType)}>
              {QUESTION_TYPES.map((t) => <option key={t} value={t}>{QUESTION_TYPE_LABEL[t]}</option>)}
            </select>
          </div>
        </div>
        {models.length > 1 && (
          <>
            <label htmlFor="set-model">AI model</label>
            <select id="set-model" value={model} onChange={(e) => setModel(e.target.value)}>
              <option value="">Server default</option>
              {models.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </>
        )}
        <ErrorAlert message={save.error} />
        <button type="submit" className="button secondary" disabled={save.busy}>Save settings</button>
        <Status busy={save.busy}>{save.busy ? 'Saving…' : saved ? 'Settings saved.' : ''}</Status>
      </form>
    </details>
  );
}
