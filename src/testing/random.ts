/**
 * The simulator's only source of randomness: a seeded PRNG (mulberry32), so that the same seed gives the same
 * ids, OTP codes, trace ids and fault draws on every run — a failing test can be replayed exactly.
 */

/**
 * mulberry32: a tiny 32-bit PRNG with good statistical quality for test data (not for secrets).
 *
 * @example
 * const next = mulberry32(42);
 * next(); // a float in [0, 1), the same on every run for seed 42
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DIGITS = '0123456789';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Helpers over one PRNG stream. @internal */
export class SimRandom {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.#next();
  }

  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    return Math.floor(this.#next() * maxExclusive);
  }

  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet.charAt(this.int(alphabet.length));
    return out;
  }

  /** `length` decimal digits (a leading zero is possible: OTP codes keep it). */
  digits(length: number): string {
    return this.chars(DIGITS, length);
  }

  /** A 15-digit Graph-style id that never starts with 0 (`106540352242922`). */
  graphId(): string {
    return `${1 + this.int(9)}${this.digits(14)}`;
  }

  /** A trace id shaped like Graph's `fbtrace_id` (`Az8or2yhqkZfEZ-_4Qn_Bam`). */
  traceId(): string {
    return `A${this.chars(BASE64URL, 22)}`;
  }

  /** A QR-code / short-link code: 14 upper-case letters and digits (contract §3.8: real codes contain `1`). */
  qrCode(): string {
    return this.chars(UPPER_ALNUM, 14);
  }

  /** A customer identity key hash as in webhooks (`DF2lS5v2W6x=`). */
  identityHash(): string {
    return `${this.chars(BASE64, 11)}=`;
  }

  /** A message id (`wamid.HBgL…`). */
  messageId(): string {
    return `wamid.HBgL${this.chars(BASE64URL, 40)}`;
  }

  /** An opaque token-like string with a prefix (auth codes, issued tokens). */
  opaque(prefix: string, length: number): string {
    return `${prefix}${this.chars(BASE64URL, length)}`;
  }
}

/**
 * The independent PRNG streams of one simulator. Separate streams keep, for example, the ids of a test
 * unchanged when a fault rate is switched on (fault draws do not consume id draws).
 * @internal
 */
export interface RandomStreams {
  readonly ids: SimRandom;
  readonly codes: SimRandom;
  readonly traces: SimRandom;
  readonly faults: SimRandom;
}

/** Derives the streams from one seed. @internal */
export function createStreams(seed: number): RandomStreams {
  // Golden-ratio offsets decorrelate the four mulberry32 sequences.
  return {
    ids: new SimRandom(seed),
    codes: new SimRandom((seed ^ 0x9e3779b9) >>> 0),
    traces: new SimRandom((seed ^ 0x3c6ef372) >>> 0),
    faults: new SimRandom((seed ^ 0xdaa66d2b) >>> 0),
  };
}
