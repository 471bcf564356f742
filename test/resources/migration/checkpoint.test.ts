import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../../src/errors/guards.js';
import type { ValidationError } from '../../../src/errors/validation-error.js';
import { FLOW_STEPS, parseCheckpoint, type FlowCheckpoint } from '../../../src/resources/migration/checkpoint.js';
import { makeClient } from '../../helpers/client.js';
import { checkpoint } from './helpers.js';

const arbitraryCheckpoint: fc.Arbitrary<FlowCheckpoint> = fc.record(
  {
    version: fc.constant(1 as const),
    kind: fc.constantFrom('migration' as const, 'onboarding' as const),
    wabaId: fc.stringMatching(/^[0-9]{1,20}$/),
    phoneNumberId: fc.stringMatching(/^[0-9]{1,20}$/),
    cc: fc.stringMatching(/^[1-9][0-9]{0,2}$/),
    phone_number: fc.stringMatching(/^[0-9]{4,14}$/),
    step: fc.constantFrom(...FLOW_STEPS),
    codeMethod: fc.constantFrom('SMS' as const, 'VOICE' as const),
    language: fc.constantFrom('en', 'en_US', 'pt_BR', 'fil'),
    region: fc.constantFrom('SG' as const, 'DE' as const, 'BR' as const),
    updatedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  },
  { requiredKeys: ['version', 'kind', 'wabaId', 'phoneNumberId', 'cc', 'phone_number', 'step', 'codeMethod', 'language', 'updatedAt'] },
);

function rejection(input: unknown): ValidationError {
  try {
    parseCheckpoint(input);
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseCheckpoint', () => {
  it('round-trips every valid checkpoint through JSON (property)', () => {
    fc.assert(
      fc.property(arbitraryCheckpoint, (value) => {
        expect(parseCheckpoint(JSON.stringify(value))).toEqual(value);
        expect(parseCheckpoint(value)).toEqual(value);
      }),
    );
  });

  it('rejects any checkpoint with an extra key — a PIN or code can never ride along (property)', () => {
    fc.assert(
      fc.property(arbitraryCheckpoint, fc.constantFrom('pin', 'code', 'token', 'access_token', 'x'), fc.string(), (value, key, extra) => {
        expect(() => parseCheckpoint({ ...value, [key]: extra })).toThrow(/flow checkpoint/);
      }),
    );
  });

  it('rejects other versions, unknown steps, malformed ids and invalid JSON', () => {
    expect(rejection({ ...checkpoint(), version: 2 }).issues[0]?.path).toEqual(['version']);
    expect(rejection({ ...checkpoint(), step: 'done' }).issues[0]?.path).toEqual(['step']);
    expect(rejection({ ...checkpoint(), phoneNumberId: '../me' }).issues[0]?.path).toEqual(['phoneNumberId']);
    expect(rejection({ ...checkpoint(), phoneNumberId: undefined }).issues[0]?.path).toEqual(['phoneNumberId']);
    expect(rejection({ ...checkpoint(), updatedAt: 'yesterday' }).issues[0]?.path).toEqual(['updatedAt']);
    expect(rejection('{"version":1').issues[0]?.code).toBe('invalid_json');
    expect(rejection(null).subject).toBe('flow checkpoint');
  });

  it('never echoes the rejected values', () => {
    const error = rejection({ ...checkpoint(), wabaId: 'secret-looking-value-9999' });
    expect(error.message).not.toContain('secret-looking-value-9999');
  });

  it('each entry point takes only its own kind', () => {
    const client = makeClient();
    expect(() => client.migration.resume(checkpoint({ kind: 'onboarding' }))).toThrow(/client\.onboarding\.resume/);
    expect(() => client.onboarding.parseCheckpoint(checkpoint({ kind: 'migration' }))).toThrow(/client\.migration\.resume/);
    expect(client.onboarding.parseCheckpoint(JSON.stringify(checkpoint({ kind: 'onboarding' }))).kind).toBe('onboarding');
  });
});
