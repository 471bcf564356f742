import * as z from 'zod/mini';

/**
 * A CAMS channel id (`CustSpaceId`, contract §1.3): examples are `cams-…`, `C0202939293****` or digits. Letters,
 * digits and `. _ - *`, 1–64 characters.
 */
export const CustSpaceId = z
  .string('custSpaceId must be a string')
  .check(z.regex(/^[A-Za-z0-9._*-]{1,64}$/, 'custSpaceId must be 1 to 64 letters, digits or . _ - *'));

// One string schema whose first check rewrites the value in place (as `z.overwrite` does, without adding its class),
// not a pipe into a transform: the same output and issues without zod's pipe and transform kinds, which nothing else
// in a CAMS core handler uses (issue #12; test/cams/core/params.property.test.ts compares it with the pipe form).
/**
 * A business number on CAMS: country code and national number as digits, no `+` (contract §1.3), 8–15 digits
 * (E.164's maximum is 15). Spaces, dashes, dots, brackets and one leading `+` are removed first, so
 * `'+65 8123 4567'` and `'6581234567'` are the same number.
 */
export const CamsPhoneDigits = z
  .string('phone number must be a string')
  .check(
    z.check<string>((payload) => {
      payload.value = payload.value.trim().replace(/^\+/, '').replace(/[\s().-]/g, '');
    }),
    z.regex(/^[1-9][0-9]{7,14}$/, 'phone number must be the country code and national number: 8 to 15 digits, optionally after "+"'),
  );
