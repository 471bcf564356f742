import { isValidationError } from '../../errors/guards.js';
import { ValidationError } from '../../errors/validation-error.js';

/**
 * Replaces `phone: '+65 8123 4567'` in `input` by `cc` + `phone_number`, loading libphonenumber-js only then.
 *
 * Why dynamic: `src/phone.ts` pulls in libphonenumber-js (~29 KB gzip, style §6.8). A serverless handler that
 * already passes `cc` + `phone_number` must not pay for it on a cold start, so the module is imported here, on
 * demand, and never statically from the resource classes. Anything that is not an object with a `phone` key is
 * returned unchanged for the request schema to judge. @internal
 *
 * @throws {ValidationError} when `phone` is given together with `cc` / `phone_number`, or is not a valid
 * international number (the issue path is `['phone']`; the number itself is never echoed).
 */
export async function withPhoneParts(input: unknown, subject: string): Promise<unknown> {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'phone')) return input;
  const { phone, ...rest } = input as Record<string, unknown>;
  if (rest['cc'] !== undefined || rest['phone_number'] !== undefined) {
    throw new ValidationError({
      direction: 'request',
      subject,
      issues: [{ path: ['phone'], message: 'give either phone or cc + phone_number, not both', code: 'invalid_union' }],
    });
  }
  const { splitPhoneNumber } = await import('../../phone.js');
  try {
    return { ...rest, ...splitPhoneNumber(phone as string) };
  } catch (error) {
    if (!isValidationError(error)) throw error;
    throw new ValidationError({
      direction: 'request',
      subject,
      issues: error.issues.map((issue) => ({ ...issue, path: ['phone', ...issue.path] })),
    });
  }
}
