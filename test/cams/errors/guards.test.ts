import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { camsErrorFromResponse } from '../../../src/cams/errors/from-response.js';
import { isCamsError } from '../../../src/cams/errors/guards.js';
import { apiErrorInit, RegistrationRateLimitError, type CamsErrorDetails } from '../../../src/errors/api-error.js';
import { errorFromResponse } from '../../../src/errors/from-response.js';
import { isAPIError, isAuthenticationError, isRateLimitError, isRegistrationRateLimitError } from '../../../src/errors/guards.js';
import { isWhatsAppError } from '../../../src/errors/whatsapp-error.js';

/** A second copy of the real error classes in a fresh `vm` realm (what a duplicate install or a worker gives). */
function loadErrorsInOtherRealm(): Record<string, unknown> {
  const context = vm.createContext({});
  const modules: Record<string, Record<string, unknown>> = {};
  const load = (file: string): Record<string, unknown> => {
    const cached = modules[file];
    if (cached) return cached;
    const source = readFileSync(fileURLToPath(new URL(`../../../src/errors/${file}.ts`, import.meta.url)), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const exports: Record<string, unknown> = {};
    modules[file] = exports;
    const factory = vm.runInContext(`(function (exports, require) {${js}\n})`, context) as (e: unknown, r: unknown) => void;
    factory(exports, (spec: string) => load(spec.replace(/^\.\//, '').replace(/\.js$/, '')));
    return exports;
  };
  return load('api-error');
}

const details: CamsErrorDetails = {
  code: 'ERR-FB-001',
  httpStatus: 200,
  requestId: 'R-1',
  hostId: undefined,
  recommend: undefined,
  accessDeniedDetail: undefined,
  action: 'ChatappPhoneNumberRegister',
  metaCode: 133016,
};

describe('guards work for CAMS errors as for Graph errors', () => {
  it('recognises a CAMS error built in another realm, where instanceof fails', () => {
    const Other = loadErrorsInOtherRealm()['RegistrationRateLimitError'] as typeof RegistrationRateLimitError;
    const error = new Other({ message: 'x', source: 'response', retryAdvice: 'after-window', scope: 'registration', provider: 'cams', cams: details, code: 133016 });
    expect(error instanceof RegistrationRateLimitError).toBe(false);
    expect(isRegistrationRateLimitError(error)).toBe(true);
    expect(isRateLimitError(error)).toBe(true);
    expect(isAPIError(error)).toBe(true);
    expect(isWhatsAppError(error)).toBe(true);
    expect(isCamsError(error)).toBe(true);
  });

  it('tells the providers apart only through provider / isCamsError', () => {
    const graph = errorFromResponse({ status: 401, body: { error: { code: 190, message: 'expired' } }, headers: new Headers(), method: 'GET', path: '/v23.0/me' });
    const cams = camsErrorFromResponse({ status: 400, body: { Code: 'SignatureDoesNotMatch' } });
    expect(isAuthenticationError(graph)).toBe(true);
    expect(isAuthenticationError(cams)).toBe(true);
    expect(graph.provider).toBe('graph');
    expect(graph.cams).toBeUndefined();
    expect(isCamsError(graph)).toBe(false);
    expect(isCamsError(cams)).toBe(true);
    expect(isCamsError({ provider: 'cams', cams: details })).toBe(false);
    expect(isCamsError(new Error('x'))).toBe(false);
  });

  it('keeps provider and CAMS fields when a mapped error is derived into another one', () => {
    const cams = camsErrorFromResponse({ status: 200, body: { Code: 'ERR-FB-001', Message: '(#133016) limit' }, now: 0 });
    const copy = new RegistrationRateLimitError({ ...apiErrorInit(cams), scope: 'registration' });
    expect(copy.provider).toBe('cams');
    expect(copy.cams).toEqual(cams.cams);
    expect(copy.toJSON()).toMatchObject({ provider: 'cams', cams: { code: 'ERR-FB-001', metaCode: 133016 } });
  });
});
