import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { TimeoutError as KyTimeoutError } from 'ky';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RateLimitError, RegistrationRateLimitError, PolicyBlockError, APIError } from '../../src/errors/api-error.js';
import { errorFromResponse } from '../../src/errors/from-response.js';
import {
  isAPIError,
  isPermissionError,
  isPolicyBlockError,
  isRateLimitError,
  isRegistrationRateLimitError,
  isServerError,
  isTimeoutError,
} from '../../src/errors/guards.js';
import { isWhatsAppError } from '../../src/errors/whatsapp-error.js';

/** Loads a second copy of the real error classes into a fresh `vm` realm (what a duplicate install or worker gives). */
function loadErrorsInOtherRealm(): Record<string, unknown> {
  const context = vm.createContext({});
  const modules: Record<string, Record<string, unknown>> = {};
  const load = (file: string): Record<string, unknown> => {
    const cached = modules[file];
    if (cached) return cached;
    const source = readFileSync(fileURLToPath(new URL(`../../src/errors/${file}.ts`, import.meta.url)), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const exports: Record<string, unknown> = {};
    modules[file] = exports;
    const factory = vm.runInContext(`(function (exports, require) {${js}\n})`, context) as (e: unknown, r: unknown) => void;
    factory(exports, (spec: string) => load(spec.replace(/^\.\//, '').replace(/\.js$/, '')));
    return exports;
  };
  return load('api-error');
}

describe('cross-realm guards', () => {
  const other = loadErrorsInOtherRealm();
  const OtherRateLimitError = other['RateLimitError'] as typeof RateLimitError;
  const OtherRegistrationRateLimitError = other['RegistrationRateLimitError'] as typeof RegistrationRateLimitError;

  it('recognises errors created in another vm realm, where instanceof fails', () => {
    const error = new OtherRateLimitError({ message: '(#4) x', source: 'response', retryAdvice: 'after-window', scope: 'app' });
    expect(error instanceof RateLimitError).toBe(false);
    expect(error instanceof Error).toBe(false);
    expect(isRateLimitError(error)).toBe(true);
    expect(isAPIError(error)).toBe(true);
    expect(isWhatsAppError(error)).toBe(true);
    expect(isServerError(error)).toBe(false);
  });

  it('keeps the subclass chain across realms', () => {
    const error = new OtherRegistrationRateLimitError({ message: 'x', source: 'response', retryAdvice: 'after-window', scope: 'registration' });
    expect(isRegistrationRateLimitError(error)).toBe(true);
    expect(isRateLimitError(error)).toBe(true);
  });

  it('accepts a structurally branded object (brand + name chain), rejects a look-alike without the brand', () => {
    const brand = Symbol.for('wabakit.error');
    const base = Object.create(null, { name: { value: 'WhatsAppError' }, [brand]: { value: true } }) as object;
    const api = Object.create(base, { name: { value: 'APIError' } }) as object;
    const rate = Object.create(api, { name: { value: 'RateLimitError' } }) as object;
    expect(isRateLimitError(Object.create(rate))).toBe(true);
    expect(isAPIError(Object.create(rate))).toBe(true);

    const unbranded = Object.create(Object.create(null, { name: { value: 'RateLimitError' } }) as object) as object;
    expect(isRateLimitError(unbranded)).toBe(false);
    expect(isRateLimitError({ name: 'RateLimitError' })).toBe(false);
  });

  it('lets a subclass pass its parent guards', () => {
    const error = new RegistrationRateLimitError({ message: 'x', source: 'response', retryAdvice: 'after-window', scope: 'registration' });
    expect(isRateLimitError(error)).toBe(true);
    expect(isAPIError(error)).toBe(true);
    const policy = new PolicyBlockError({ message: 'x', source: 'response', retryAdvice: 'user-action' });
    expect(isPermissionError(policy)).toBe(true);
    expect(isPolicyBlockError(new APIError({ message: 'x', source: 'response', retryAdvice: 'fix-request' }))).toBe(false);
  });

  it("does not take ky's TimeoutError (same name, no brand) for ours", () => {
    const kyError = new KyTimeoutError(new Request('https://graph.facebook.com/v23.0/me'));
    expect(kyError.name).toBe('TimeoutError');
    expect(isTimeoutError(kyError)).toBe(false);
  });

  it('holds for errors built by errorFromResponse', () => {
    const error = errorFromResponse({ status: 400, body: { error: { code: 133016 } }, headers: new Headers(), method: 'POST', path: '/x' });
    expect(isRegistrationRateLimitError(error) && isRateLimitError(error) && isAPIError(error)).toBe(true);
  });

  it.each([null, undefined, 0, 'RateLimitError', Symbol('x'), () => undefined])('rejects %s', (value) => {
    expect(isRateLimitError(value)).toBe(false);
  });
});
