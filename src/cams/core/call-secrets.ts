import type { SdkLogger } from '../../core/logger.js';
import type { Redactor } from '../../core/redact.js';

/**
 * The secrets one CAMS call has met so far: the caller's (a verification code), then each attempt's credentials and
 * signature (contract §2.5: a provider may rotate them between attempts). Reading `redactor` or `logger` gives one
 * that knows all of them. They are rebuilt only when read after something new was learned, not on every `learn`:
 * each attempt learns twice (credentials, then signature) and most calls never log or fail. @internal
 */
export class CallSecrets {
  readonly #baseLogger: SdkLogger;
  readonly #known = new Set<string>();
  #pending: string[] = [];
  #redactor: Redactor;
  #logger: SdkLogger | undefined;

  constructor(base: { readonly redactor: Redactor; readonly logger: SdkLogger }, secrets: readonly string[]) {
    this.#redactor = base.redactor;
    this.#baseLogger = base.logger;
    this.learn(...secrets);
  }

  /** Adds values to redact from now on; `undefined` and values already known are skipped. */
  learn(...secrets: (string | undefined)[]): void {
    for (const secret of secrets) {
      if (secret === undefined || this.#known.has(secret)) continue;
      this.#known.add(secret);
      this.#pending.push(secret);
    }
  }

  /** A redactor that knows every secret learned so far. */
  get redactor(): Redactor {
    if (this.#pending.length > 0) {
      this.#redactor = this.#redactor.with(this.#pending);
      this.#pending = [];
      this.#logger = undefined;
    }
    return this.#redactor;
  }

  /** The client's logger, redacting every secret learned so far. */
  get logger(): SdkLogger {
    const redactor = this.redactor;
    this.#logger ??= this.#baseLogger.withRedactor(redactor);
    return this.#logger;
  }
}
