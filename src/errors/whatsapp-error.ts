/**
 * The root of every error wabakit throws, and the machinery that makes them safe to log and to
 * recognise across realms (two copies of the package, worker threads, `vm` contexts).
 */

const BRAND = Symbol.for('wabakit.error');

/** Options every wabakit error accepts. */
export interface WhatsAppErrorOptions {
  /** The lower-level error, already stripped of anything secret (see `safeCause`). */
  readonly cause?: unknown;
}

/**
 * Base class of every error wabakit throws.
 *
 * Every subclass has a string literal `name` usable as a discriminant, a cross-realm `isXxxError` guard,
 * and carries nothing secret: no token, app secret, proof, PIN, verification code or verify token ever
 * reaches `message`, `stack`, `cause`, `toJSON()` or `util.inspect()`.
 *
 * @example
 * try {
 *   await client.phoneNumber('106540352242922').register({ pin: '123456' });
 * } catch (error) {
 *   if (isWhatsAppError(error)) console.error(error.name, error.message);
 * }
 */
// Subclasses `declare` their fields and set every one in the constructor, in declaration order: the instances have
// the same own properties in the same order as with class fields, and no field definitions are emitted (~0.4 kB of
// minified code across the error classes every handler bundles, issue #12).
export class WhatsAppError extends Error {
  declare readonly name: string;

  constructor(message: string, options: WhatsAppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }

  /** A plain, secret-free summary; `JSON.stringify(error)` uses it. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (value !== undefined) json[key] = value;
    }
    if (this.cause !== undefined) json['cause'] = describeCause(this.cause);
    return json;
  }
}

function describeCause(cause: unknown): unknown {
  if (cause instanceof WhatsAppError) return cause.toJSON();
  if (cause instanceof Error) return { name: cause.name, message: cause.message };
  return String(cause);
}

/**
 * Gives an error class its `name` on the prototype, so `instance.name` is the literal and the kind check
 * below can walk the prototype chain (a subclass is also of its parents' kinds) without `instanceof`.
 * @internal
 */
export function nameError<T extends abstract new (...args: never[]) => WhatsAppError>(
  errorClass: T,
  name: string,
): T {
  Object.defineProperty(errorClass.prototype, 'name', {
    value: name,
    writable: false,
    enumerable: false,
    configurable: true,
  });
  return errorClass;
}

nameError(WhatsAppError, 'WhatsAppError');
Object.defineProperty(WhatsAppError.prototype, BRAND, { value: true, enumerable: false });

/**
 * True when `value` is a wabakit error of the given kind (or a subclass of it), in any realm.
 * @internal
 */
export function isErrorKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as Record<PropertyKey, unknown>)[BRAND] !== true) return false;
  for (let proto: unknown = Object.getPrototypeOf(value); proto != null; proto = Object.getPrototypeOf(proto)) {
    const own = Object.getOwnPropertyDescriptor(proto, 'name');
    if (own?.value === kind) return true;
  }
  return false;
}

/**
 * True for every error wabakit throws.
 *
 * Works across realms and duplicate installs, unlike `instanceof`.
 *
 * @example
 * if (isWhatsAppError(error)) logger.warn(error.toJSON());
 */
export function isWhatsAppError(value: unknown): value is WhatsAppError {
  return isErrorKind(value, 'WhatsAppError');
}

/**
 * A copy of a lower-level error that keeps only its name, message and code. Errors from fetch or ky can
 * hold the `Request` (and with it the `Authorization` header); they are never attached as `cause`.
 * @internal
 */
export function safeCause(error: unknown, redact: (text: string) => string = (t) => t): Error | undefined {
  if (error === undefined || error === null) return undefined;
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redact(source.message));
  copy.name = source.name;
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') (copy as { code?: unknown }).code = code;
  const inner = (source as { cause?: unknown }).cause;
  if (inner instanceof Error) {
    const innerCopy = safeCause(inner, redact);
    if (innerCopy) Object.defineProperty(copy, 'cause', { value: innerCopy, enumerable: false });
  }
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
