import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../src/errors/guards.js';
import { InternationalPhoneNumber, splitPhoneNumber } from '../src/phone.js';
import { CountryCallingCode, NationalNumber } from '../src/schemas/ids.js';

const e164 = (text: string) => parsePhoneNumberFromString(text)?.number;

/** Every region with a mobile example number, as a fully formatted international number plus its E.164 form. */
const exampleNumbers = getCountries().flatMap((country: CountryCode) => {
  const example = getExampleNumber(country, examples);
  return example ? [{ country, international: example.formatInternational(), e164: example.number }] : [];
});

function expectPhoneError(input: unknown, message?: RegExp) {
  let caught: unknown;
  try {
    splitPhoneNumber(input as string);
  } catch (error) {
    caught = error;
  }
  expect(isValidationError(caught)).toBe(true);
  if (!isValidationError(caught)) return;
  expect(caught.direction).toBe('request');
  expect(caught.subject).toBe('phone number');
  if (message) expect(caught.message).toMatch(message);
  // The number is personal data: never echoed in the message or the serialised error. (Short digit runs are
  // skipped: they occur by chance in any text, e.g. "(#100)".)
  const digits = typeof input === 'string' ? input.replace(/\D/g, '') : '';
  const long = typeof input === 'string' && input.trim().length >= 8;
  for (const text of [caught.message, JSON.stringify(caught)]) {
    if (long || digits.length >= 5) expect(text).not.toContain(input);
    if (digits.length >= 5) expect(text).not.toContain(digits);
  }
  expect(InternationalPhoneNumber.safeParse(input).success).toBe(false);
}

describe('splitPhoneNumber', () => {
  it('has example numbers for many regions', () => {
    expect(exampleNumbers.length).toBeGreaterThan(200);
  });

  it('splits every region example so that "+" + cc + national re-parses to the same E.164', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exampleNumbers), fc.constantFrom('international', 'e164') , ({ international, e164: expected }, form) => {
        const { cc, phone_number } = splitPhoneNumber(form === 'e164' ? expected : international);
        // The parts are exactly what the add-number params schemas accept.
        expect(CountryCallingCode.safeParse(cc).success).toBe(true);
        expect(NationalNumber.safeParse(phone_number).success).toBe(true);
        expect(`+${cc}${phone_number}`).toBe(expected);
        expect(e164(`+${cc} ${phone_number}`)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores spaces, hyphens, dots and parentheses between digits, and surrounding whitespace', () => {
    const separator = fc.constantFrom(' ', '-', '.', ' - ', '  ');
    fc.assert(
      fc.property(fc.constantFrom(...exampleNumbers), fc.array(fc.option(separator, { nil: '' }), { minLength: 20, maxLength: 20 }), ({ e164: expected }, seps) => {
        const digits = expected.slice(1);
        const formatted = `+${[...digits].map((d, i) => (i < digits.length - 1 ? d + (seps[i] ?? '') : d)).join('')}`;
        const { cc, phone_number } = splitPhoneNumber(`  ${formatted} `);
        expect(`+${cc}${phone_number}`).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['+65 8123 4567', '65', '81234567'],
    ['+1 (631) 555-5555', '1', '6315555555'],
    ['+6581234567', '65', '81234567'],
    ['+44 20 7946 0958', '44', '2079460958'],
    ['+44 (0)20 7946 0958', '44', '2079460958'],
    ['+39 06 1234 5678', '39', '0612345678'],
    ['+971 50 123 4567', '971', '501234567'],
    ['+55 11 91234-5678', '55', '11912345678'],
    ['+91 98765 43210', '91', '9876543210'],
    ['+ 65 8123 4567', '65', '81234567'],
    ['+(65) 8123 4567', '65', '81234567'],
    ['+65\u00a08123\u00a04567', '65', '81234567'],
    ['+65\t8123\u20094567', '65', '81234567'],
    [' +65 8123 4567\n', '65', '81234567'],
  ])('splits %s', (input, cc, phone_number) => {
    expect(splitPhoneNumber(input)).toEqual({ cc, phone_number });
    expect(InternationalPhoneNumber.parse(input)).toBe(input);
  });

  it.each([
    ['+1 911', /too short/],
    ['+1 112', /too short/],
    ['+44 999', /too short/],
    ['+65 995', /too short/],
  ])('rejects the short code %s', (input, message) => {
    expectPhoneError(input, message);
  });

  it.each([
    ['112', /must start with "\+"/],
    ['911', /must start with "\+"/],
    ['6581234567', /must start with "\+"/],
    ['0065 8123 4567', /dialling prefix/],
    ['011 1 631 555 5555', /dialling prefix/],
    ['(631) 555-5555', /must start with "\+"/],
    ['', /must start with "\+"/],
  ])('rejects %j without a leading +', (input, message) => {
    expectPhoneError(input, message);
  });

  it.each([
    ['+1 631 555 5555 ext. 123', /may contain only/],
    ['+1 800 FLOWERS', /may contain only/],
    ['call +65 8123 4567 now', /must start with/],
    ['+65 8123 4567 / 8', /may contain only/],
    ['+６５ ８１２３ ４５６７', /may contain only/],
    ['++65 8123 4567', /may contain only/],
    ['+1 631 555 5555 x123', /may contain only/],
    ['+1 631 555 5555 #123', /may contain only/],
    [`+1 ${'5'.repeat(60)}`, /may contain only/],
  ])('rejects %j (characters)', (input, message) => {
    expectPhoneError(input, message);
  });

  it.each([
    ['+999 1234 5678', /unknown country calling code/],
    ['+0 123 4567', /unknown country calling code/],
    ['+', /must contain the country calling code/],
    ['+ () -', /must contain the country calling code/],
    ['+65 8123 45678', /length|too long/],
    ['+1 631 555 55555', /too long|length/],
    ['+1 555 555 5555', /not a valid phone number/],
    ['+1 011 555 5555', /not a valid phone number|length/],
  ])('rejects the impossible or invalid %j', (input, message) => {
    expectPhoneError(input, message);
  });

  it('rejects non-strings with a type message', () => {
    for (const value of [null, undefined, 6581234567, ['+6581234567'], { cc: '65' }]) {
      expectPhoneError(value, /must be a string/);
      expect(InternationalPhoneNumber.safeParse(value).error?.issues[0]?.message).toBe('must be a string');
    }
  });

  it('rejects every number of at most four digits (short codes), however it is written', () => {
    const digit = fc.constantFrom(...'0123456789');
    fc.assert(
      fc.property(fc.string({ unit: digit, minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '-'), (digits, sep) => {
        expectPhoneError(`+${[...digits].join(sep)}`);
      }),
    );
  });

  it('rejects garbage without echoing it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (input) => {
        const parsed = parsePhoneNumberFromString(input, { extract: false });
        fc.pre(!(input.trim().startsWith('+') && parsed?.isValid()));
        expectPhoneError(input);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects example numbers with digits dropped or added unless they happen to be valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exampleNumbers), fc.boolean(), fc.nat(), ({ e164: expected }, drop, at) => {
        const digits = expected.slice(1);
        const i = 1 + (at % (digits.length - 1));
        const mutated = `+${drop ? digits.slice(0, i) + digits.slice(i + 1) : `${digits.slice(0, i)}7${digits.slice(i)}`}`;
        const stillValid = parsePhoneNumberFromString(mutated)?.isValid() === true;
        if (stillValid) {
          expect(`+${Object.values(splitPhoneNumber(mutated)).join('')}`).toBe(e164(mutated));
        } else {
          expectPhoneError(mutated);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('InternationalPhoneNumber', () => {
  it('returns the input unchanged and agrees with splitPhoneNumber', () => {
    fc.assert(
      fc.property(fc.constantFrom(...exampleNumbers), ({ international }) => {
        expect(InternationalPhoneNumber.parse(international)).toBe(international);
      }),
    );
  });

  it('reports one issue with a static message and no input', () => {
    const result = InternationalPhoneNumber.safeParse('+1 911');
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', path: [] });
    expect(result.error?.issues[0]).not.toHaveProperty('input');
  });
});

describe('bundle boundary', () => {
  it('only src/phone.ts imports libphonenumber-js (serverless cold-start budget)', () => {
    const root = join(import.meta.dirname, '..', 'src');
    const files = (readdirSync(root, { recursive: true }) as string[])
      .filter((file) => /\.[cm]?tsx?$/.test(file))
      .map((file) => join(root, file));
    const importers = files
      .filter((file) => /from\s+['"]libphonenumber-js|import\(\s*['"]libphonenumber-js|require\(\s*['"]libphonenumber-js/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(importers).toEqual(['phone.ts']);
  });

  it('src/phone.ts uses the min metadata', () => {
    const source = readFileSync(join(import.meta.dirname, '..', 'src', 'phone.ts'), 'utf8');
    expect(source).toMatch(/from 'libphonenumber-js\/min'/);
    expect(source).not.toMatch(/from 'libphonenumber-js'/);
  });
});
