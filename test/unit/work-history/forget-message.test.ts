/** The My stories status after a delete says, in plain words, where else the story was removed from. */
import { describe, expect, it } from 'vitest';
import { forgetMessage } from '../../../web/src/stories/forget-message.js';

const none = { deleted: 1, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 };

describe('the delete status line', () => {
  it('counts questions removed and redacted together, and pieces of feedback', () => {
    expect(forgetMessage({ deleted: 1, questionsRemoved: 2, questionsRedacted: 1, feedbackRedacted: 1 }, false)).toBe('Deleted. It was also removed from 3 questions and 1 piece of feedback.');
    expect(forgetMessage({ ...none, questionsRedacted: 1 }, false)).toBe('Deleted. It was also removed from 1 question.');
    expect(forgetMessage({ ...none, feedbackRedacted: 2 }, false)).toBe('Deleted. It was also removed from 2 pieces of feedback.');
    expect(forgetMessage(none, false)).toBe('Deleted.');
  });

  it('speaks of all the stories after a clear', () => {
    expect(forgetMessage({ deleted: 4, questionsRemoved: 5, questionsRedacted: 0, feedbackRedacted: 3 }, true)).toBe('All your stories were deleted. They were also removed from 5 questions and 3 pieces of feedback.');
    expect(forgetMessage({ ...none, questionsRemoved: 1 }, true)).toBe('Your story was deleted. It was also removed from 1 question.');
    expect(forgetMessage({ ...none, deleted: 0 }, true)).toBe('All your stories were deleted.');
  });
});
