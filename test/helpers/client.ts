import { WabaClient } from '../../src/client.js';
import type { ClientOptions } from '../../src/core/options.js';
import type { Logger } from '../../src/core/logger.js';

export const TEST_TOKEN = 'EAAGtestTokenValue1234567890';

/** A client for tests: no retries and no guards unless the test is about them, a capturing logger. */
export function makeClient(overrides: Partial<ClientOptions> = {}): WabaClient {
  return new WabaClient({
    accessToken: TEST_TOKEN,
    maxRetries: 0,
    registrationGuard: false,
    usageGuard: false,
    logger: silentLogger,
    ...overrides,
  });
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A logger that keeps every line (message + data) as text. */
export function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string, data?: Record<string, unknown>) => {
    lines.push(data === undefined ? message : `${message} ${JSON.stringify(data)}`);
  };
  return { lines, debug: push, info: push, warn: push, error: push };
}
