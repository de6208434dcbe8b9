/** Sessions, personas and health: thin typed wrappers over the API. */
import { request } from './client.js';
import type { Difficulty, Health, Persona, PersonaInfo, Profile, QuestionType, Session, SessionDetail, SessionSummary } from './types.js';

/** Fields a user may set when creating or editing a session. */
export interface SessionFields {
  name?: string;
  persona?: Persona;
  difficulty?: Difficulty;
  questionType?: QuestionType;
  /** null: back to the server's default model. */
  model?: string | null;
  voice?: string;
}

/** Health with the coach's model list (present when the server offers a choice of models). */
export type HealthInfo = Health & { coach: Health['coach'] & { models?: string[] } };

let healthOnce: Promise<HealthInfo> | null = null;
/** Server health, fetched once per page load (it does not change while the server runs). */
export function getHealth(): Promise<HealthInfo> {
  healthOnce ??= request<HealthInfo>('/api/health').catch((err: unknown) => {
    healthOnce = null;
    throw err;
  });
  return healthOnce;
}
export const listPersonas = (): Promise<PersonaInfo[]> => request('/api/personas');
export const listSessions = (): Promise<SessionSummary[]> => request('/api/sessions');
export const getSession = (id: string): Promise<SessionDetail> => request(`/api/sessions/${enc(id)}`);
export const getProfile = (id: string): Promise<Profile> => request(`/api/sessions/${enc(id)}/profile`);

export const createSession = (fields: SessionFields): Promise<Session> =>
  request('/api/sessions', { method: 'POST', body: fields });

/**
 * Change a session. `version` is the session's version the edit was made on:
 * when another tab or window saved a change since, the server refuses with 409
 * (ApiError status 409) instead of silently undoing it. Leave it out only for a
 * one-field choice that cannot undo anything else (the voice picker).
 */
export const updateSession = (id: string, fields: SessionFields, version?: number): Promise<Session> =>
  request(`/api/sessions/${enc(id)}`, { method: 'PATCH', body: version === undefined ? fields : { ...fields, version } });

export const deleteSession = (id: string): Promise<void> => request(`/api/sessions/${enc(id)}`, { method: 'DELETE' });

/** Encode a path segment (ids come from the server, but never trust a string in a URL). */
export function enc(segment: string): string {
  return encodeURIComponent(segment);
}
