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
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  /** The same logger, redacting `redactor`'s secrets too (per-call secrets such as a PIN). */
  withRedactor(redactor: Redactor): SdkLogger;
}

/** Wraps `target` so that lines below `level` are dropped and everything else is redacted. @internal */
export function createSdkLogger(target: Logger, level: LogLevel, redactor: Redactor): SdkLogger {
  const emit = (at: Exclude<LogLevel, 'off'>) => (message: string, data?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    const line = `[wabakit] ${redactor.text(message)}`;
    // Bound to the target so loggers that rely on `this` (pino, winston) keep working.
    if (data === undefined) target[at].call(target, line);
    else target[at].call(target, line, redactor.value(data) as Record<string, unknown>);
  };
  return {
    level,
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    withRedactor: (next) => createSdkLogger(target, level, next),
  };
}
