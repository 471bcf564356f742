import { describe, expect, it, vi } from 'vitest';
import { createSdkLogger } from '../../../src/core/logger.js';
import { Redactor } from '../../../src/core/redact.js';
import { CallSecrets } from '../../../src/cams/core/call-secrets.js';

function setup() {
  const lines: string[] = [];
  const target = { debug: (line: string) => lines.push(line), info: () => {}, warn: () => {}, error: () => {} };
  const redactor = new Redactor(['ClientSecretValue0001']);
  const logger = createSdkLogger(target, 'debug', redactor);
  return { lines, base: { redactor, logger } };
}

describe('CallSecrets (secrets of one CAMS call, contract §2.5)', () => {
  it('redacts the client secrets, the call secrets and everything learned later, in text and in the logger', () => {
    const { lines, base } = setup();
    const secrets = new CallSecrets(base, ['123456']);
    expect(secrets.redactor.text('code 123456 key ClientSecretValue0001')).toBe('code [REDACTED] key [REDACTED]');
    // Learned after a first read: the next read knows it (a rotated STS secret on a retry).
    secrets.learn('RotatedSecretValue02', undefined, 'SignatureHex0003');
    expect(secrets.redactor.text('RotatedSecretValue02 SignatureHex0003 123456')).toBe('[REDACTED] [REDACTED] [REDACTED]');
    secrets.logger.debug('sent RotatedSecretValue02 / ClientSecretValue0001 / 123456');
    expect(lines).toEqual(['[wabakit] sent [REDACTED] / [REDACTED] / [REDACTED]']);
  });

  it('builds a new redactor and logger only when read after something new was learned', () => {
    const { base } = setup();
    const withRedactor = vi.spyOn(base.logger, 'withRedactor');
    const secrets = new CallSecrets(base, []);
    // Nothing call-specific yet: the client's own redactor.
    expect(secrets.redactor).toBe(base.redactor);
    secrets.learn('CredentialSecret0001', 'CAEStoken0001');
    secrets.learn('SignatureValue0001');
    const first = secrets.logger;
    expect(secrets.logger).toBe(first);
    expect(withRedactor).toHaveBeenCalledTimes(1);
    // Values already known change nothing.
    secrets.learn('CredentialSecret0001', 'SignatureValue0001', undefined);
    expect(secrets.logger).toBe(first);
    secrets.learn('SignatureValue0002');
    expect(secrets.logger).not.toBe(first);
    expect(withRedactor).toHaveBeenCalledTimes(2);
    expect(secrets.redactor.text('SignatureValue0002 SignatureValue0001 CredentialSecret0001')).toBe('[REDACTED] [REDACTED] [REDACTED]');
  });
});
