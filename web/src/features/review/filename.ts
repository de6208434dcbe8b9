/** The file name of a fetched export (pure: no DOM, so the server's tests can check it against `attachment()`). */

/**
 * The file name in a Content-Disposition header, as a browser would pick it: the UTF-8
 * `filename*` when there is one (a session named in Greek keeps its name), else `filename`.
 */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const star = disposition && /filename\*=UTF-8''([^;\s]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch (err) {
      // A malformed escape: fall back to the plain name, as browsers do.
      if (!(err instanceof URIError)) throw err;
    }
  }
  const plain = disposition && /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1]! : fallback;
}
