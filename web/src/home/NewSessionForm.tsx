/** Start a session: name, coach persona (with its description), difficulty, question type. */
import { useState, type FormEvent } from 'react';
import { createSession } from '../api/sessions.js';
import type { Difficulty, Persona, PersonaInfo, QuestionType } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { sessionHref } from '../hooks/useRoute.js';
import { DIFFICULTIES, DIFFICULTY_LABEL, QUESTION_TYPES, QUESTION_TYPE_LABEL } from '../labels.js';
import { SESSION_NAME_MAX } from '../../../src/shared/limits.js';

export function NewSessionForm({ personas }: { personas: PersonaInfo[] }) {
  const [name, setName] = useState('');
  const [persona, setPersona] = useState<Persona>('helpful');
  const [difficulty, setDifficulty] = useState<Difficulty>('medium');
  const [questionType, setQuestionType] = useState<QuestionType>('mixed');
  const create = useAction(createSession);
  const description = personas.find((p) => p.id === persona)?.description;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const trimmed = name.trim();
    const session = await create.run({ ...(trimmed ? { name: trimmed } : {}), persona, difficulty, questionType });
    if (session) window.location.hash = sessionHref(session.id);
  };

  return (
    <section className="panel" aria-labelledby="new-session-heading">
      <h2 id="new-session-heading">New session</h2>
      <form onSubmit={submit} className="form">
        <label htmlFor="ns-name">Name</label>
        <input id="ns-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Northwind — operations manager" maxLength={SESSION_NAME_MAX} />

        <label htmlFor="ns-persona">Coach</label>
        <select id="ns-persona" value={persona} onChange={(e) => setPersona(e.target.value as Persona)} aria-describedby="ns-persona-desc">
          {personas.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </select>
        <p id="ns-persona-desc" className="hint">{description || ' '}</p>

        <div className="field-row">
          <div>
            <label htmlFor="ns-difficulty">Difficulty</label>
            <select id="ns-difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>
              {DIFFICULTIES.map((d) => <option key={d} value={d}>{DIFFICULTY_LABEL[d]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="ns-type">Question type</label>
            <select id="ns-type" value={questionType} onChange={(e) => setQuestionType(e.target.value as QuestionType)}>
              {QUESTION_TYPES.map((t) => <option key={t} value={t}>{QUESTION_TYPE_LABEL[t]}</option>)}
            </select>
          </div>
        </div>
        <ErrorAlert message={create.error} />
        <button type="submit" className="button primary" disabled={create.busy}>
          {create.busy ? 'Creating…' : 'Start session'}
        </button>
      </form>
    </section>
  );
}
