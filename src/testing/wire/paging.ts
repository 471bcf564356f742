import { invalidParam } from './graph-error.js';
import type { Params } from './params.js';

/** A page of a Graph list: `{ data, paging? }` (contract §1.2 "Paging"). @internal */
export interface Page<T> {
  readonly data: T[];
  readonly paging?: {
    readonly cursors: { readonly before: string; readonly after: string };
    readonly next?: string;
    readonly previous?: string;
  };
}

/** Cursors are opaque to clients; the simulator encodes the item key in base64url like Graph's look. */
export function encodeCursor(key: string): string {
  return btoa(`sim:${key}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): string {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw invalidParam('Invalid cursor', 'Invalid cursor');
  }
  if (!text.startsWith('sim:')) throw invalidParam('Invalid cursor', 'Invalid cursor');
  return text.slice(4);
}

/**
 * Pages `items` with `limit` (1–`maxLimit`, default `defaultLimit`), `after` and `before` cursors; `next` and
 * `previous` are absolute URLs built from the request URL.
 * @throws SimGraphError (#100) for a bad `limit` or cursor.
 * @internal
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  params: Params,
  url: URL,
  limits: { readonly defaultLimit?: number; readonly maxLimit?: number } = {},
): Page<T> {
  const maxLimit = limits.maxLimit ?? 100;
  const rawLimit = params.string('limit');
  let limit = limits.defaultLimit ?? 25;
  if (rawLimit !== undefined) {
    const parsed = Number(rawLimit);
    if (!Number.isInteger(parsed) || parsed < 1) throw invalidParam('Param limit must be a positive integer');
    limit = Math.min(parsed, maxLimit);
  }
  const keys = items.map(keyOf);
  let start = 0;
  const after = params.string('after');
  const before = params.string('before');
  if (after !== undefined) {
    const index = keys.indexOf(decodeCursor(after));
    if (index < 0) throw invalidParam('Invalid cursor', 'Invalid cursor');
    start = index + 1;
  } else if (before !== undefined) {
    const index = keys.indexOf(decodeCursor(before));
    if (index < 0) throw invalidParam('Invalid cursor', 'Invalid cursor');
    start = Math.max(0, index - limit);
  }
  const end = before !== undefined && after === undefined ? Math.min(start + limit, keys.indexOf(decodeCursor(before))) : start + limit;
  const data = items.slice(start, end);
  if (data.length === 0) return { data };
  const first = keys[start] ?? '';
  const last = keys[start + data.length - 1] ?? '';
  const cursors = { before: encodeCursor(first), after: encodeCursor(last) };
  const link = (name: 'after' | 'before', cursor: string): string => {
    const next = new URL(url);
    next.searchParams.delete('after');
    next.searchParams.delete('before');
    next.searchParams.delete('access_token');
    next.searchParams.set('limit', String(limit));
    next.searchParams.set(name, cursor);
    return next.toString();
  };
  return {
    data,
    paging: {
      cursors,
      ...(start + data.length < items.length ? { next: link('after', cursors.after) } : {}),
      ...(start > 0 ? { previous: link('before', cursors.before) } : {}),
    },
  };
}
