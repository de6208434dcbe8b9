/** The coach personas from the server, with plain fallbacks until they load. */
import { listPersonas } from '../api/sessions.js';
import type { PersonaInfo } from '../api/types.js';
import { PERSONA_FALLBACK } from '../labels.js';
import { useLoad } from './useLoad.js';

const FALLBACK: PersonaInfo[] = (Object.keys(PERSONA_FALLBACK) as PersonaInfo['id'][]).map((id) => ({
  id,
  name: PERSONA_FALLBACK[id],
  description: '',
}));

export function usePersonas(): PersonaInfo[] {
  const { data } = useLoad(listPersonas, []);
  return data && data.length > 0 ? data : FALLBACK;
}

/** The display name of a persona id. */
export function personaName(personas: PersonaInfo[], id: string): string {
  return personas.find((p) => p.id === id)?.name ?? id;
}
