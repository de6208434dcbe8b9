/** Resume and job-description uploads. */
import { request, uploadWithProgress } from './client.js';
import { enc } from './sessions.js';
import type { DocumentInfo, DocumentKind, DocumentWithText } from './types.js';

/** Upload a file; `kind` goes first so the server knows what it reads before the bytes. */
export function uploadDocument(sessionId: string, kind: DocumentKind, file: File, onProgress: (fraction: number) => void = () => {}): Promise<DocumentInfo> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  return uploadWithProgress(`/api/sessions/${enc(sessionId)}/documents`, form, onProgress);
}

/** Store pasted text as the session's resume or job description. */
export const pasteDocument = (sessionId: string, kind: DocumentKind, text: string): Promise<DocumentInfo> =>
  request(`/api/sessions/${enc(sessionId)}/documents`, { method: 'POST', body: { kind, text } });

export const listDocuments = (sessionId: string): Promise<DocumentWithText[]> =>
  request(`/api/sessions/${enc(sessionId)}/documents`);
