/**
 * Secret redaction. Every string the SDK hands to a logger, an error or a hook passes through a
 * {@link Redactor} that knows the secrets of the client (token, app secret, proof) and of the call (PIN, code).
 */

/** What replaces a secret. */
export const REDACTED = '[REDACTED]';

/**
 * Keys whose values are secret wherever they appear: headers, query strings, bodies, log data.
 * Graph parameter names (snake_case) as documented; `code` is the verification code / Embedded Signup code.
 */
const SECRET_KEYS = new Set([
  'authorization',
  'access_token',
  'input_token',
  'appsecret_proof',
  'app_secret',
  'appsecret',
  'client_secret',
  'pin',
  'code',
  'verify_token',
  'password',
  'accesstoken',
  'appsecretproof',
]);

/** True when a field of this name holds a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase().replace(/^hub\./, ''));
}

/**
 * Replaces known secret values (and their URL- and base64-encoded forms) in text and in nested data.
 *
 * Needles are expanded lazily, on the first redaction: most calls succeed without logging anything, and the
 * pipeline derives a redactor per call (token, proof, PIN), so building eagerly would tax every request.
 */
export class Redactor {
  readonly #parent: Redactor | undefined;
  readonly #secrets: readonly string[];
  #expanded: string[] | undefined;

  constructor(secrets: Iterable<string | undefined> = [], parent?: Redactor) {
    this.#parent = parent;
    // Very short values (e.g. a 1-char test token) would shred every message; 4+ covers PINs and codes.
    this.#secrets = [...secrets].filter((secret): secret is string => typeof secret === 'string' && secret.length >= 4);
  }

  /** A redactor that also knows `secrets`. */
  with(secrets: Iterable<string | undefined>): Redactor {
    return new Redactor(secrets, this);
  }

  #needles(): string[] {
    if (this.#expanded === undefined) {
      const needles = new Set(this.#parent ? this.#parent.#needles() : []);
      for (const secret of this.#secrets) {
        needles.add(secret);
        needles.add(encodeURIComponent(secret));
        needles.add(encodeURIComponent(secret).replace(/%20/g, '+'));
        needles.add(toBase64(secret));
        needles.add(toBase64(secret).replace(/=+$/, ''));
      }
      // Longest first, so a secret that contains another is removed whole.
      this.#expanded = [...needles].filter((n) => n.length >= 4).sort((a, b) => b.length - a.length);
    }
    return this.#expanded;
  }

  /** `text` with every known secret replaced by `[REDACTED]`. */
  text(text: string): string {
    let out = text;
    for (const needle of this.#needles()) {
      if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    }
    return out;
  }

  /** A deep copy of `value` with secret keys blanked and secret values replaced; cycles and depth bounded. */
  value(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null) return value;
    if (depth > 8 || seen.has(value)) return '[…]';
    seen.add(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1, seen));
    if (value instanceof Headers) return this.value(Object.fromEntries(value.entries()), depth, seen);
    if (value instanceof Error) return { name: value.name, message: this.text(value.message) };
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] = isSecretKey(key) && inner !== undefined && inner !== null ? REDACTED : this.value(inner, depth + 1, seen);
    }
    return out;
  }
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
