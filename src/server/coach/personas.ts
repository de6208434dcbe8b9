/** How each coach persona presents itself in the UI. Scores never depend on persona. */
import type { PersonaInfo } from '../../shared/api.js';

export const PERSONA_INFO: PersonaInfo[] = [
  {
    id: 'ruthless',
    name: 'Ruthless',
    description: 'A blunt, exacting interviewer. Names every weakness plainly and presses hard on follow-ups.',
  },
  {
    id: 'helpful',
    name: 'Helpful',
    description: 'A warm, specific coach. Says what worked, then exactly what to fix next.',
  },
  {
    id: 'discovery',
    name: 'Discovery',
    description: 'A reflective guide. Asks questions that help you find and shape the story you already have.',
  },
];
