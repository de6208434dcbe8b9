/** Download file names: ASCII-safe for every browser, with the full name in RFC 5987 form. */

/** "Staff Eng @ Ledgerly / Q3" → "staff-eng-ledgerly-q3"; empty → "session". */
export function slug(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const s = ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s || 'session';
}

/** The Content-Disposition value for an attachment named after the session. */
export function attachment(name: string, ext: string): string {
  const base = `interview-practice-${slug(name)}.${ext}`;
  const full = encodeURIComponent(`${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 100) || 'session'}.${ext}`);
  return `attachment; filename="${base}"; filename*=UTF-8''${full}`;
}
