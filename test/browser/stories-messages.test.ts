/**
 * The honest sentences after remembering (no browser needed): "Already in"
 * when nothing new was created, counts when some were, and where an example
 * answer's "Based on" entries link.
 */
import { describe, expect, it } from 'vitest';
import { basedOnHref } from '../../web/src/session/based-on.js';
import { rememberedLead, resumeSavedText } from '../../web/src/session/remembered.js';

describe('remembered messages', () => {
  it('says "Already in" when the server created nothing, and counts a mix', () => {
    expect(rememberedLead({ created: 1, skippedDuplicates: 0 })).toBe('Saved to');
    expect(rememberedLead({ created: 0, skippedDuplicates: 1 })).toBe('Already in');
    expect(rememberedLead({ created: 2, skippedDuplicates: 0 })).toBe('Saved 2 stories to');
    expect(rememberedLead({ created: 1, skippedDuplicates: 2 })).toBe('Saved 1 story (2 already there) to');
  });

  it('says how many resume parts were saved and skipped', () => {
    expect(resumeSavedText({ created: 3, skippedDuplicates: 0 })).toBe('3 stories saved from your resume.');
    expect(resumeSavedText({ created: 1, skippedDuplicates: 2 })).toBe('1 story saved from your resume (2 already saved, skipped).');
    expect(resumeSavedText({ created: 0, skippedDuplicates: 4 })).toBe('Already in My stories: all 4 parts of your resume were saved before.');
    expect(resumeSavedText({ created: 0, skippedDuplicates: 0 })).toBe('Nothing saved: no roles or bullet points were found in your resume.');
  });

  it('links a story entry to that story when its id is known, else to My stories; resume lines not at all', () => {
    const stories = [{ snippetId: 'snip-7', excerpt: 'At Quayside I halved the build time…' }];
    expect(basedOnHref('Your story: “At Quayside I halved the build time…”', stories)).toBe('#/stories/snip-7');
    expect(basedOnHref('Your story: “Something else entirely”', stories)).toBe('#/stories');
    expect(basedOnHref('Your story: “At Quayside I halved the build time…”')).toBe('#/stories');
    expect(basedOnHref('Senior Engineer - Quayside (2019 - 2023)', stories)).toBeNull();
  });
});
