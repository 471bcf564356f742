/**
 * Waiting hints carried by a Graph error response's headers. @internal — the rate-limit guard has its own
 * full usage-header parser; these two readers only compute an error's `retryAt`. Both are total: bad input → undefined.
 */

/** Longest hint we believe (a week); anything larger is a broken header, not a plan. @internal */
export const MAX_HINT_MS = 7 * 24 * 3_600_000;

/**
 * `Retry-After`: delay-seconds or an HTTP date (RFC 9110 §10.2.3), as epoch ms; a date in the past means "now".
 */
export function retryAfterAt(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,10}$/.test(trimmed)) {
    const ms = Number(trimmed) * 1000;
    return ms <= MAX_HINT_MS ? now + ms : undefined;
  }
  // Only accept something that looks like a date; Date.parse is lenient with bare numbers and words.
  if (!/[a-z]{3}.*\d{4}|\d{4}-\d{2}-\d{2}/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (!Number.isFinite(at)) return undefined;
  if (at - now > MAX_HINT_MS) return undefined;
  return Math.max(at, now);
}

/**
 * `X-Business-Use-Case-Usage`: the largest `estimated_time_to_regain_access` over every object and entry,
 * converted from **minutes** (contract §6) to an epoch ms; undefined when absent, malformed or 0.
 */
export function businessUseCaseAt(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  let minutes = 0;
  for (const entries of Object.values(parsed)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      const raw: unknown = (entry as Record<string, unknown>)['estimated_time_to_regain_access'];
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
      if (Number.isFinite(n) && n > minutes) minutes = n;
    }
  }
  const ms = minutes * 60_000;
  return minutes > 0 && ms <= MAX_HINT_MS ? now + ms : undefined;
}
