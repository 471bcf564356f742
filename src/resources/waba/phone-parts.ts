import { isValidationError } from '../../errors/guards.js';
import { ValidationError } from '../../errors/validation-error.js';

type PhoneModule = typeof import('../../phone.js');

// Where `wabakit/phone` is, tried in order. The specifier is a variable on purpose: bundlers inline a dynamic
// `import('literal')` into a single-file bundle, which put libphonenumber-js (124 kB minified, 29 kB gzip) into
// every serverless handler that imports the client, although only `add({ phone })` ever runs it (issue #12).
// - `./phone.js` / `./phone.cjs`: the published layout (tsup puts this code in dist/, next to `phone.js`);
// - `../../phone.js`: the source layout (tests, `src/` run directly);
// - `wabakit/phone`: the package itself, for a bundle that kept `node_modules/wabakit` beside it.
const PHONE_MODULES: readonly string[] =
  typeof __filename === 'string' && __filename.endsWith('.cjs')
    ? ['./phone.cjs', 'wabakit/phone']
    : ['./phone.js', '../../phone.js', 'wabakit/phone'];

let phoneModule: Promise<PhoneModule> | undefined;

/**
 * Loads `wabakit/phone` (and libphonenumber-js) once, on first use. @internal
 *
 * A single-file bundle that never shipped `wabakit/phone` cannot split numbers: the error says to pass `cc` +
 * `phone_number`, e.g. from `splitPhoneNumber` of `wabakit/phone` imported by that handler (which then bundles
 * libphonenumber-js on purpose).
 * @throws {Error} when no candidate loads; `cause` is the first failure.
 */
function loadPhoneModule(): Promise<PhoneModule> {
  phoneModule ??= (async () => {
    let first: unknown;
    for (const specifier of PHONE_MODULES) {
      try {
        return (await import(/* @vite-ignore */ specifier)) as PhoneModule;
      } catch (error) {
        first ??= error;
      }
    }
    phoneModule = undefined;
    throw new Error(
      "add({ phone }) needs 'wabakit/phone' (libphonenumber-js), which this bundle does not contain: pass cc + phone_number instead, e.g. { ...splitPhoneNumber(phone) } with splitPhoneNumber imported from 'wabakit/phone'",
      { cause: first },
    );
  })();
  return phoneModule;
}

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
 * @throws {Error} when `wabakit/phone` cannot be loaded at all (a single-file bundle without it: see
 * {@link loadPhoneModule}).
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
  const { splitPhoneNumber } = await loadPhoneModule();
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
