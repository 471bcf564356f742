/**
 * A token bucket that bounds retries across all calls of a client, so a failing API cannot turn every call into
 * three (a retry storm). Figures from smithy's standard retry strategy (`util-retry/constants.ts`): 500 tokens,
 * a retry costs 5, a success refills 1 — at most 100 retries while everything fails (reliability G15).
 */
export class RetryBudget {
  readonly #capacity: number;
  readonly #cost: number;
  readonly #refill: number;
  #tokens: number;

  constructor(options: { capacity?: number; cost?: number; refill?: number } = {}) {
    this.#capacity = options.capacity ?? 500;
    this.#cost = options.cost ?? 5;
    this.#refill = options.refill ?? 1;
    this.#tokens = this.#capacity;
  }

  /** Takes the cost of one retry; false when the budget is spent (the retry must not happen). */
  tryAcquire(): boolean {
    if (this.#tokens < this.#cost) return false;
    this.#tokens -= this.#cost;
    return true;
  }

  /** A call succeeded: give a little back. */
  recordSuccess(): void {
    this.#tokens = Math.min(this.#capacity, this.#tokens + this.#refill);
  }

  /** Tokens left (for logs and tests). */
  get available(): number {
    return this.#tokens;
  }
}
