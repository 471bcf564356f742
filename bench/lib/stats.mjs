// Small statistics helpers. Medians everywhere: a loopback bench on a shared machine has outliers (GC, the
// scheduler) that would swing a mean.

/** The `q`-quantile (0–1) of `values`, by linear interpolation; NaN for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** The median of `values`. */
export const median = (values) => quantile(values, 0.5);

/** `a / b`, rounded to two decimals (null when either side is missing). */
export function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** Rounds to `digits` decimals. */
export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Median of one numeric field across result objects, e.g. `medianOf(runs, (r) => r.seq.medianUs)`. */
export const medianOf = (runs, pick) => median(runs.map(pick));
