/** HTTP calls of the realtime voice feature, through the app's one API client. */
import { request } from '../../api/client.js';
import type { AnswerResult } from '../../api/types.js';
import type { MemorizeResult } from '../../session/remembered.js';
import type { Speaker } from './ordering.js';

const enc = encodeURIComponent;

export interface VoiceOption {
  id: string;
  name: string;
  previewUrl: string;
}

export interface VoiceCatalog {
  needsKey: boolean;
  defaultVoice: string;
  message: string | null;
  voices: VoiceOption[];
}

/** One of the user's stories, as a citation: its id (to open it) and its opening words. */
export interface StoryCitation {
  snippetId: string;
  excerpt: string;
}

export interface MintedCall {
  clientSecret: string;
  expiresAt: string;
  model: string;
  voice: string;
  callsUrl: string;
  /** The user's stories the interviewer was given for this call. */
  stories: StoryCitation[];
}

export interface SavedItem {
  id: string;
  itemId: string;
  role: Speaker;
  text: string;
  questionId: string | null;
  at: string;
  seq: number;
}

export interface ItemToSave {
  itemId: string;
  role: Speaker;
  text: string;
  questionId: string | null;
  at: string;
  seq: number;
}

export const listVoices = (): Promise<VoiceCatalog> => request('/api/voices');

/** `resume`: this call continues an interview that was cut off (the server tells the interviewer). */
export const mintCall = (sessionId: string, voice?: string, resume = false): Promise<MintedCall> =>
  request('/api/voice/session', { method: 'POST', body: { sessionId, ...(voice ? { voice } : {}), ...(resume ? { resume } : {}) } });

export const saveItem = (sessionId: string, item: ItemToSave): Promise<SavedItem> =>
  request(`/api/sessions/${enc(sessionId)}/voice-transcript`, { method: 'POST', body: item });

export const loadTranscript = (sessionId: string): Promise<SavedItem[]> => request(`/api/sessions/${enc(sessionId)}/voice-transcript`);

export const submitVoiceAnswer = (sessionId: string, questionId: string): Promise<AnswerResult> =>
  request(`/api/sessions/${enc(sessionId)}/voice-answers/submit`, { method: 'POST', body: { questionId } });

export const rememberItems = (sessionId: string, itemIds: string[]): Promise<MemorizeResult> =>
  request(`/api/sessions/${enc(sessionId)}/voice-transcript/memorize`, { method: 'POST', body: { itemIds } });

export const exportUrl = (sessionId: string, format: 'json' | 'md'): string =>
  `/api/sessions/${enc(sessionId)}/voice-transcript/export?format=${format}`;
