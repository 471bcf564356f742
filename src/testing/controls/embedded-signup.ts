import type { SimStore } from '../state/store.js';

/** Options of {@link EmbeddedSignup.issueCode}. */
export interface IssueCodeOptions {
  /** The app that ran Embedded Signup (seed it with `sim.seed.app`). */
  readonly appId: string;
  /** The WABA the business shared. */
  readonly wabaId: string;
  /** The number chosen in the flow, if any. */
  readonly phoneNumberId?: string;
  /** Lifetime of the code in ms of simulator time. @default 30_000 ([D-ES]) */
  readonly ttlMs?: number;
}

/** What Embedded Signup hands to the browser: the short-lived code (and the ids of the session event). */
export class EmbeddedSignup {
  readonly #store: SimStore;

  /** @internal */
  constructor(store: SimStore) {
    this.#store = store;
  }

  /**
   * Issues a code like `FB.login` would after Embedded Signup: valid 30 s of simulator time, single use, to be
   * exchanged at `GET /{version}/oauth/access_token?client_id&client_secret&code`.
   * @throws {Error} when the app or the WABA is unknown.
   * @example
   * const app = sim.seed.app({ secret: 's3cret' });
   * const code = sim.embeddedSignup.issueCode({ appId: app.id, wabaId: waba.id });
   */
  issueCode(options: IssueCodeOptions): string {
    const store = this.#store;
    if (!store.apps.has(options.appId)) throw new Error(`simulator: unknown app id ${options.appId}`);
    const waba = store.wabas.get(options.wabaId);
    if (!waba) throw new Error(`simulator: unknown WABA id ${options.wabaId}`);
    const code = store.ids.opaque('AQ', 64);
    store.signupCodes.set(code, {
      code,
      appId: options.appId,
      wabaId: waba.id,
      phoneNumberId: options.phoneNumberId,
      businessId: waba.businessId,
      issuedAt: store.now(),
      ttlMs: options.ttlMs ?? 30_000,
      used: false,
    });
    return code;
  }
}
