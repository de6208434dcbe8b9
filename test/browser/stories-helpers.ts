/** Small helpers the stories browser tests share (no tests here). */
import type { APIRequestContext } from 'playwright-core';

/** POST JSON with the page's cookies (its owner); throws with the server's answer when refused. */
export async function postJson<T>(request: APIRequestContext, url: string, data: unknown): Promise<T> {
  const res = await request.post(url, { data });
  if (!res.ok()) throw new Error(`POST ${url} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** "tag|role|name" of the focused element (name: aria-label, else its text), evaluated in the page. */
export const FOCUSED =
  "(() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()}|${e.getAttribute('role') ?? ''}|${e.getAttribute('aria-label') ?? e.textContent?.trim() ?? ''}` : '' })()";
