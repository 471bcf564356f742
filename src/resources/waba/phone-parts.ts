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

let phoneModule: Promise<PhoneModule | undefined> | undefined;

/**
 * Loads `wabakit/phone` (and libphonenumber-js) once, on first use; `undefined` when none of `candidates` loads (a
 * single-file bundle that never shipped it). Tries the next candidate on each failure. @internal
 */
export function loadPhoneModule(candidates: readonly string[] = PHONE_MODULES): Promise<PhoneModule | undefined> {
  const load = async (): Promise<PhoneModule | undefined> => {
    for (const specifier of candidates) {
      try {
        return (await import(/* @vite-ignore */ specifier)) as PhoneModule;
      } catch {
        // next candidate
      }
    }
    return undefined;
  };
  if (candidates !== PHONE_MODULES) return load();
  phoneModule ??= load().then((loaded) => {
    if (loaded === undefined) phoneModule = undefined; // a later call may run where the module is present
    return loaded;
  });
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
 * @throws {ValidationError} (path `['phone']`, nothing sent) when `wabakit/phone` cannot be loaded at all: a
 * single-file bundle without it must pass `cc` + `phone_number` (`candidates` exists for that test).
 */
export async function withPhoneParts(input: unknown, subject: string, candidates: readonly string[] = PHONE_MODULES): Promise<unknown> {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, 'phone')) return input;
  const { phone, ...rest } = input as Record<string, unknown>;
  if (rest['cc'] !== undefined || rest['phone_number'] !== undefined) {
    throw new ValidationError({
      direction: 'request',
      subject,
      issues: [{ path: ['phone'], message: 'give either phone or cc + phone_number, not both', code: 'invalid_union' }],
    });
  }
  const loaded = await loadPhoneModule(candidates);
  if (loaded === undefined) {
    // Nothing is sent: the number cannot be split here, and guessing the country code could add the wrong number.
    throw new ValidationError({
      direction: 'request',
      subject,
      issues: [
        {
          path: ['phone'],
          message:
            "this bundle does not contain 'wabakit/phone' (the phone-number parser): pass cc + phone_number instead, e.g. { ...splitPhoneNumber(phone) } with splitPhoneNumber imported from 'wabakit/phone'",
          code: 'custom',
        },
      ],
    });
  }
  const { splitPhoneNumber } = loaded;
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
