/** The file name the page gives a fetched export: the one a browser takes from the server's Content-Disposition. */
import { describe, expect, it } from 'vitest';
import { attachment } from '../../../src/server/services/review/filename.js';
import { filenameFrom } from '../../../web/src/features/review/filename.js';

describe('filenameFrom', () => {
  it('takes the full UTF-8 name (filename*) the server sends, as browsers do', () => {
    expect(filenameFrom(attachment('Συνέντευξη Москва', 'pdf'), 'x.pdf')).toBe('Συνέντευξη Москва.pdf');
    expect(filenameFrom(attachment('Kestrel Bank — final round', 'md'), 'x.md')).toBe('Kestrel Bank — final round.md');
  });
  it('falls back to the plain name, then to the given one', () => {
    expect(filenameFrom('attachment; filename="interview-practice-session.pdf"; filename*=UTF-8\'\'%E0%A4%A', 'x.pdf')).toBe('interview-practice-session.pdf');
    expect(filenameFrom('attachment; filename="plain.json"', 'x.json')).toBe('plain.json');
    expect(filenameFrom(null, 'interview-practice.pdf')).toBe('interview-practice.pdf');
  });
});
