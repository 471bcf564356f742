import type { Redactor } from './redact.js';

/** Severity of a log line; `off` silences the SDK. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/**
 * Where the SDK writes its log lines: `console`, pino, winston and most loggers fit as they are.
 *
 * Lines never contain secrets: messages and data are redacted before they reach you.
 *
 * @example
 * const client = new WabaClient({ accessToken, logger: pino(), logLevel: 'debug' });
 */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/** The SDK's own logging surface: level filter + redaction in front of the user's logger. @internal */
export interface SdkLogger {
  readonly level: LogLevel;
  /** Whether a line at `level` would be written: lets callers skip building a message nobody reads. */
  isEnabled(level: Exclude<LogLevel, 'off'>): boolean;
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  /** The same logger, redacting `redactor`'s secrets too (per-call secrets such as a PIN). */
  withRedactor(redactor: Redactor): SdkLogger;
}

/** Wraps `target` so that lines below `level` are dropped and everything else is redacted. @internal */
export function createSdkLogger(target: Logger, level: LogLevel, redactor: Redactor): SdkLogger {
  return new RedactingLogger(target, level, redactor);
}

/**
 * A class, not closures: a call with its own secrets derives a logger (`withRedactor`), and one object with
 * prototype methods is cheaper to make than five closures (issue #12, warm path).
 */
class RedactingLogger implements SdkLogger {
  readonly #target: Logger;
  readonly #redactor: Redactor;
  readonly #rank: number;

  declare readonly level: LogLevel;

  constructor(target: Logger, level: LogLevel, redactor: Redactor) {
    this.level = level;
    this.#target = target;
    this.#redactor = redactor;
    this.#rank = RANK[level];
  }

  isEnabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] >= this.#rank;
  }

  debug(message: string, data?: Record<string, unknown>): void {
    this.#emit('debug', message, data);
  }

  info(message: string, data?: Record<string, unknown>): void {
    this.#emit('info', message, data);
  }

  warn(message: string, data?: Record<string, unknown>): void {
    this.#emit('warn', message, data);
  }

  error(message: string, data?: Record<string, unknown>): void {
    this.#emit('error', message, data);
  }

  withRedactor(next: Redactor): SdkLogger {
    return new RedactingLogger(this.#target, this.level, next);
  }

  #emit(at: Exclude<LogLevel, 'off'>, message: string, data: Record<string, unknown> | undefined): void {
    if (RANK[at] < this.#rank) return;
    const target = this.#target;
    const line = `[wabakit] ${this.#redactor.text(message)}`;
    // Bound to the target so loggers that rely on `this` (pino, winston) keep working.
    if (data === undefined) target[at].call(target, line);
    else target[at].call(target, line, this.#redactor.value(data) as Record<string, unknown>);
  }
}
