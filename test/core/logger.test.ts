import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSdkLogger, type LogLevel } from '../../src/core/logger.js';
import { Redactor } from '../../src/core/redact.js';
import { captureLogger, makeClient } from '../helpers/client.js';
import { GRAPH } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const PHONE = '106540352242922';

describe('SdkLogger', () => {
  it('isEnabled(level) says exactly which lines are written, for every logger level', () => {
    const levels = ['debug', 'info', 'warn', 'error'] as const;
    for (const configured of [...levels, 'off'] satisfies LogLevel[]) {
      const target = captureLogger();
      const logger = createSdkLogger(target, configured, new Redactor());
      for (const level of levels) logger[level](level);
      expect(target.lines).toEqual(levels.filter((level) => logger.isEnabled(level)).map((level) => `[wabakit] ${level}`));
      // A derived logger keeps the level and the `this` of the target.
      expect(levels.map((level) => logger.withRedactor(new Redactor(['secret'])).isEnabled(level))).toEqual(levels.map((level) => logger.isEnabled(level)));
    }
  });

  it('keeps `this` bound to the target (pino, winston) and redacts messages and data', () => {
    const lines: string[] = [];
    const target = {
      prefix: 'p:',
      debug(this: { prefix: string }, message: string, data?: Record<string, unknown>) {
        lines.push(`${this.prefix}${message} ${JSON.stringify(data)}`);
      },
      info() {},
      warn() {},
      error() {},
    };
    createSdkLogger(target, 'debug', new Redactor(['s3cr3t-token'])).withRedactor(new Redactor(['482913'])).debug('pin 482913', { pin: '1', note: 'x 482913' });
    expect(lines).toEqual(['p:[wabakit] pin [REDACTED] {"pin":"[REDACTED]","note":"x [REDACTED]"}']);
  });

  it('the pipeline writes its debug lines at `debug` and none at the default `warn`', async () => {
    server.use(http.get(`${GRAPH}/v23.0/${PHONE}`, () => HttpResponse.json({ id: PHONE })));
    const debug = captureLogger();
    await makeClient({ logger: debug, logLevel: 'debug' }).phoneNumber(PHONE).retrieve();
    expect(debug.lines).toEqual([
      `[wabakit] → GET /v23.0/${PHONE} (PhoneNumber.retrieve, attempt 1)`,
      expect.stringMatching(new RegExp(`^\\[wabakit\\] ← 200 GET /v23.0/${PHONE} in \\d+ ms$`)),
    ]);
    const warn = captureLogger();
    await makeClient({ logger: warn }).phoneNumber(PHONE).retrieve();
    expect(warn.lines).toEqual([]);
  });
});
