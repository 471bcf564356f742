/** Graph's datetime format: `2026-01-01T00:00:00+0000`. @internal */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}
