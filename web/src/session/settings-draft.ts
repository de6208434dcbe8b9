/**
 * The session settings form as a draft over the stored settings: only the
 * fields the user changed are held, so after a reload (another tab saved
 * something) the form shows the latest settings with the user's unsaved
 * changes still on top — nothing the other tab saved is undone unseen.
 * Pure (tested without a DOM).
 */
import type { Difficulty, Persona, PersonaInfo, QuestionType, SessionDetail } from '../api/types.js';
import { DIFFICULTY_LABEL, QUESTION_TYPE_LABEL } from '../labels.js';

export interface Settings {
  persona: Persona;
  difficulty: Difficulty;
  questionType: QuestionType;
  /** '' is the server's default model. */
  model: string;
}

export type Draft = Partial<Settings>;

/** The settings as stored. */
export function storedSettings(d: Pick<SessionDetail, 'persona' | 'difficulty' | 'questionType' | 'model'>): Settings {
  return { persona: d.persona, difficulty: d.difficulty, questionType: d.questionType, model: d.model ?? '' };
}

/** The draft's fields that differ from what is stored now. */
export function unsavedChanges(stored: Settings, draft: Draft): (keyof Settings)[] {
  return (Object.keys(draft) as (keyof Settings)[]).filter((k) => draft[k] !== undefined && draft[k] !== stored[k]);
}

const FIELD_LABEL: Record<keyof Settings, string> = { persona: 'Coach', difficulty: 'Difficulty', questionType: 'Question type', model: 'AI model' };

function valueLabel(key: keyof Settings, s: Settings, personas: PersonaInfo[]): string {
  if (key === 'persona') return personas.find((p) => p.id === s.persona)?.name ?? s.persona;
  if (key === 'difficulty') return DIFFICULTY_LABEL[s.difficulty];
  if (key === 'questionType') return QUESTION_TYPE_LABEL[s.questionType];
  return s.model || 'Server default';
}

/** What the form says after a reload: the latest settings are shown, and which of the user's changes are kept. */
export function reloadedMessage(stored: Settings, draft: Draft, personas: PersonaInfo[]): string {
  const kept = unsavedChanges(stored, draft);
  if (kept.length === 0) return 'The latest settings are shown.';
  const shown = { ...stored, ...draft };
  const list = kept.map((k) => `${FIELD_LABEL[k]}: ${valueLabel(k, shown, personas)}`).join(', ');
  return `The latest settings are shown, with your unsaved ${kept.length === 1 ? 'change' : 'changes'} kept (${list}). Save settings to apply ${kept.length === 1 ? 'it' : 'them'}.`;
}
