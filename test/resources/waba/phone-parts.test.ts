/**
 * `add({ phone })` in a bundle that does not contain `wabakit/phone`: a typed ValidationError on `phone`, before
 * anything is sent, and a later call still works where the module is present (issue #12's lazy loading).
 */
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../../src/errors/guards.js';
import { withPhoneParts } from '../../../src/resources/waba/phone-parts.js';

describe('withPhoneParts when wabakit/phone cannot be loaded', () => {
  it('throws a ValidationError on phone that says to pass cc + phone_number, and never echoes the number', async () => {
    const error = await withPhoneParts({ phone: '+65 8123 4567', verified_name: 'Acme' }, 'WabaPhoneNumbers.add params', [
      './no-such-phone-module.js',
    ]).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    if (!isValidationError(error)) return;
    expect(error.direction).toBe('request');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['phone'], message: expect.stringMatching(/pass cc \+ phone_number/) })]);
    expect(error.message).not.toContain('8123');
  });

  it('splits the number when the module loads (the default candidates)', async () => {
    await expect(withPhoneParts({ phone: '+65 8123 4567', verified_name: 'Acme' }, 'add')).resolves.toEqual({
      cc: '65',
      phone_number: '81234567',
      verified_name: 'Acme',
    });
  });

  it('leaves input without phone untouched, without loading anything', async () => {
    const input = { cc: '1', phone_number: '6315551234' };
    await expect(withPhoneParts(input, 'add', ['./no-such-phone-module.js'])).resolves.toBe(input);
  });
});
