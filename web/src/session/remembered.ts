/**
 * What the server answers when something is remembered as stories (an answer,
 * voice turns, the session's resume), and the honest sentence for it: nothing
 * new created because it was all there already is "Already in My stories", not "Saved".
 * DOM-free and without the API client (tested in Node).
 */

/** The reply of every `…/memorize` route. */
export interface MemorizeResult {
  created: number;
  skippedDuplicates: number;
  ids: string[];
}

const stories = (n: number): string => `${n} ${n === 1 ? 'story' : 'stories'}`;

/**
 * The sentence before the "My stories" link, for one remembered answer or picked turns:
 * "Saved to", "Already in", or a count when some were new and some were not.
 */
export function rememberedLead(r: Pick<MemorizeResult, 'created' | 'skippedDuplicates'>): string {
  if (r.created === 0) return r.skippedDuplicates > 0 ? 'Already in' : 'Nothing new to save in';
  if (r.skippedDuplicates === 0) return r.created === 1 ? 'Saved to' : `Saved ${stories(r.created)} to`;
  return `Saved ${stories(r.created)} (${r.skippedDuplicates} already there) to`;
}

/** The status after importing a resume: how many were saved and how many skipped as already saved. */
export function resumeSavedText(r: Pick<MemorizeResult, 'created' | 'skippedDuplicates'>): string {
  const n = r.skippedDuplicates;
  if (r.created > 0) return `${stories(r.created)} saved from your resume${n > 0 ? ` (${n} already saved, skipped)` : ''}.`;
  if (n > 0) return `Already in My stories: ${n === 1 ? 'the one part' : `all ${n} parts`} of your resume ${n === 1 ? 'was' : 'were'} saved before.`;
  return 'Nothing saved: no roles or bullet points were found in your resume.';
}
