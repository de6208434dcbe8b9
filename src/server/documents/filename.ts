/**
 * Stored filenames are display labels only — never paths. This strips anything
 * that could act as a path, hide text (bidi overrides) or break a header.
 */

const MAX_FILENAME_CHARS = 120;

/**
 * Make an uploaded filename safe to store and show: keep only the last path
 * segment, drop control/format characters, replace reserved characters, trim
 * leading dots and cap the length (keeping the extension). Never empty.
 */
export function sanitizeFilename(name: string): string {
  // Only the last segment matters, and only its tail can survive the cap; bound the work first.
  const base = (name.slice(-4 * MAX_FILENAME_CHARS).normalize('NFC').split(/[/\\]/).pop() ?? '');
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
    .trim();
  return truncateKeepingExtension(cleaned, MAX_FILENAME_CHARS) || 'document';
}

/** Cut to `max` code points, keeping a short extension like ".pdf" intact. */
function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (ext.length > 0 && ext.length <= 10) {
    return chars.slice(0, max - ext.length).join('').trimEnd() + ext.join('');
  }
  return chars.slice(0, max).join('').trimEnd();
}
