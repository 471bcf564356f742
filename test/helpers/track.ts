/** Tracks a promise's state without awaiting it, so fake timers can be advanced meanwhile. */
export function track(promise: Promise<unknown>): {
  readonly state: () => 'pending' | 'resolved' | 'rejected';
  readonly reason: () => unknown;
} {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  let reason: unknown;
  promise.then(
    () => (state = 'resolved'),
    (error: unknown) => {
      state = 'rejected';
      reason = error;
    },
  );
  return { state: () => state, reason: () => reason };
}
