/**
 * The one place the browser talks HTTP. Every failure becomes an ApiError with
 * the server's `{ error: { code, message } }` text, so components only ever show
 * a human message — never a stack or a raw body.
 */

import { notifyUnauthorized } from './unauthorized.js';

/** An API failure with the server's code and a message fit to show the user. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

/** Read `{ error: { code, message } }` from a failed response, tolerating other bodies. */
export async function errorFrom(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = body.error ?? {};
    if (typeof code === 'string' && typeof message === 'string') {
      // The app is behind APP_PASSWORD and this browser is not signed in: let the LoginGate ask.
      if (res.status === 401 && code === 'unauthorized') notifyUnauthorized();
      return new ApiError(code, message, res.status);
    }
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic message.
  }
  return new ApiError('http_error', `The server answered ${res.status} ${res.statusText}. Please try again.`, res.status);
}

/** Turn a network failure (server down, offline) into an ApiError with a useful message. */
function networkError(err: unknown): ApiError {
  if (err instanceof DOMException && err.name === 'AbortError') throw err;
  return new ApiError('network_error', 'Could not reach the server. Check that it is running, then try again.', 0);
}

/** Fetch with same-origin credentials; throws ApiError on any failure. */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (err) {
    throw networkError(err);
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

/** A JSON request; `body` is serialised when given. Returns undefined for 204. */
export async function request<T>(path: string, options: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const init: RequestInit = { method: options.method ?? 'GET', signal: options.signal };
  if (options.body !== undefined) {
    init.headers = { 'content-type': 'application/json' };
    init.body = JSON.stringify(options.body);
  }
  const res = await send(path, init);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Upload a FormData body (multipart). Text fields must be appended before files. */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const res = await send(path, { method: 'POST', body: form });
  return (await res.json()) as T;
}

/** The message to show for any thrown value. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return 'Something went wrong. Please try again.';
}

/**
 * Upload with progress (fetch cannot report upload progress; XHR can).
 * `onProgress` gets 0–1 while bytes go up, then 1 while the server reads the file.
 */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new ApiError('network_error', 'Could not reach the server. Check that it is running, then try again.', 0));
    xhr.onload = () => {
      const res = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
      });
      if (res.ok) resolve(res.json() as Promise<T>);
      else void errorFrom(res).then(reject);
    };
    xhr.send(form);
  });
}
