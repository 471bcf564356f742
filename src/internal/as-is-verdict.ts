// The answer a schema gives accepts-as-is.ts about one JSON value, shared with the schemas that state their own
// (schemas/shape.ts `leaf`). No runtime imports: a schema module can use it without pulling the checker in.

/** zod accepts the value and returns it unchanged. */
export const OK = 0;
/** zod rejects the value. */
export const REJECT = 1;
/** Cannot tell (zod may transform it): run zod. */
export const UNSURE = 2;
/** One of {@link OK}, {@link REJECT}, {@link UNSURE}. */
export type Verdict = typeof OK | typeof REJECT | typeof UNSURE;

/**
 * Key of a schema instance's own verdict function. It is an own property of that very instance: zod builds a new
 * instance for every derived schema (`.check()`, `.clone()`), which then has none and is judged by zod's run.
 */
export const OWN_VERDICT: unique symbol = Symbol.for('wabakit.acceptsAsIs.verdict');

/** A schema's own verdict: what its zod run would say of `value`, without running it. */
export type OwnVerdict = (value: unknown) => Verdict;
