import { ValidationError } from '../errors/validation-error.js';

/**
 * Joins path segments for a Graph URL. Each interpolated id must be a non-empty segment without `/`, `.`, `..`
 * or `?#` — an id like `../me` must never walk to another node. Ids are checked again by their schemas; this is
 * the last line of defence for every path, whatever the caller passed.
 */
export function path(strings: TemplateStringsArray, ...ids: readonly string[]): string {
  let out = strings[0] ?? '';
  ids.forEach((id, index) => {
    if (typeof id !== 'string' || id === '' || id === '.' || id === '..' || /[/?#\\\s]/.test(id)) {
      throw new ValidationError({
        direction: 'request',
        subject: 'path id',
        issues: [{ path: [index], message: 'must be a non-empty id without "/", "?", "#", whitespace or dot segments', code: 'invalid_id' }],
      });
    }
    out += encodeURIComponent(id) + (strings[index + 1] ?? '');
  });
  return out;
}
