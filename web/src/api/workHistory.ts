/** The work-history memory ("My stories"). */
import { request, uploadWithProgress } from './client.js';
import { enc } from './sessions.js';
import type { AddResult, CorrectResult, ForgetResult, SearchStatus, Snippet, SnippetHit, SnippetPage } from './types.js';

const BASE = '/api/work-history';

/** List snippets newest first, optionally filtered by `q`. */
export function listSnippets(options: { limit?: number; offset?: number; q?: string } = {}): Promise<SnippetPage> {
  const params = new URLSearchParams();
  if (options.limit !== undefined) params.set('limit', String(options.limit));
  if (options.offset !== undefined) params.set('offset', String(options.offset));
  if (options.q) params.set('q', options.q);
  const query = params.toString();
  return request(query ? `${BASE}?${query}` : BASE);
}

/** Search; the server answers `{ items }` (a bare array is accepted too). */
export async function searchSnippets(q: string, k = 10): Promise<SnippetHit[]> {
  const res = await request<{ items: SnippetHit[] } | SnippetHit[]>(`${BASE}/search?${new URLSearchParams({ q, k: String(k) }).toString()}`);
  return Array.isArray(res) ? res : res.items;
}

export const addSnippet = (text: string, tags: string[]): Promise<AddResult> =>
  request(BASE, { method: 'POST', body: { text, source: 'note', tags } });

/** Import a file; the server chunks it into snippets. */
export function importSnippets(file: File, onProgress: (fraction: number) => void = () => {}): Promise<AddResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress(`${BASE}/import`, form, onProgress);
}

/** How stories are searched (words, or also meaning) and how many have vectors yet. */
export const getSearchStatus = (): Promise<SearchStatus> => request(`${BASE}/status`);

export const getSnippet = (id: string): Promise<Snippet> => request(`${BASE}/${enc(id)}`);

/** Correct a story's text and/or tags; the answer also says what else the correction changed. */
export const updateSnippet = (id: string, patch: { text?: string; tags?: string[] }): Promise<CorrectResult> =>
  request(`${BASE}/${enc(id)}`, { method: 'PATCH', body: patch });

/** Delete a story; the answer says what else forgot it (questions and feedback built on it). */
export const deleteSnippet = (id: string): Promise<ForgetResult> => request(`${BASE}/${enc(id)}`, { method: 'DELETE' });

export const clearSnippets = (): Promise<ForgetResult> => request(`${BASE}?confirm=true`, { method: 'DELETE' });
