import fc from 'fast-check';
import type * as z from 'zod/mini';
import { parseOrThrow } from '../../src/internal/validate.js';

/** One ASCII digit. */
export const asciiDigit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

/** A string of ASCII digits whose length is in [min, max]. */
export const asciiDigits = (minLength: number, maxLength: number) =>
  fc.string({ unit: asciiDigit, minLength, maxLength });

// First code point of ten-digit runs that look like digits but are not ASCII 0–9.
const DIGIT_LOOKALIKE_BLOCKS = [
  0xff10, // full-width １２３
  0x0660, // Arabic-Indic ٠١٢
  0x06f0, // Extended Arabic-Indic ۰۱۲
  0x0966, // Devanagari ०१२
  0x09e6, // Bengali
  0x0e50, // Thai
  0x1d7ce, // mathematical bold 𝟎𝟏𝟐 (astral: two UTF-16 units)
  0x2080, // subscript ₀₁₂
] as const;

/** A digit from another script or a look-alike (full-width, Arabic-Indic, Devanagari…). */
export const foreignDigit = fc
  .tuple(fc.constantFrom(...DIGIT_LOOKALIKE_BLOCKS), fc.integer({ min: 0, max: 9 }))
  .map(([base, d]) => String.fromCodePoint(base + d));

/** Whitespace and invisible characters people paste by accident. */
export const whitespace = fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b');

/** Insert `extra` into `base` at a position chosen by fast-check. */
export const insertInto = (base: fc.Arbitrary<string>, extra: fc.Arbitrary<string>) =>
  fc
    .tuple(base, extra, fc.nat())
    .map(([b, e, at]) => {
      const i = at % (b.length + 1);
      return b.slice(0, i) + e + b.slice(i);
    });

/** Replace one character of `base` by `replacement`. */
export const replaceOne = (base: fc.Arbitrary<string>, replacement: fc.Arbitrary<string>) =>
  fc
    .tuple(base, replacement, fc.nat())
    .filter(([b]) => b.length > 0)
    .map(([b, r, at]) => {
      const i = at % b.length;
      return b.slice(0, i) + r + b.slice(i + 1);
    });

/** Every text a failed parse exposes: issue messages, and the ValidationError's message and JSON. */
export function failureTexts(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  const texts = result.error.issues.map((issue) => issue.message);
  try {
    parseOrThrow(schema, input, 'request', { subject: 'test params' });
  } catch (error) {
    texts.push(String(error), JSON.stringify(error));
  }
  return texts;
}

/** Asserts the input is rejected and that no failure text echoes it (for inputs long enough to tell). */
export function expectRejectedWithoutEcho(schema: z.ZodMiniType, input: unknown): void {
  const texts = failureTexts(schema, input);
  const needle = typeof input === 'string' ? input : String(input);
  if (needle.trim().length === 0) return;
  for (const text of texts) {
    if (text.includes(needle)) throw new Error(`failure text echoes the input: ${JSON.stringify(text)}`);
  }
}
