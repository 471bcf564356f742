import type { CamsStore } from '../state/store.js';

/** Meta's Embedded Signup codes are valid 30 s and once (contract §4.1, graph-api.md §4.3). */
const CODE_TTL_MS = 30_000;

/** The browser half of Embedded Signup: codes for `GetPermissionByCode` and `UpdateWabaMmlStatus`. */
export class CamsEmbeddedSignup {
  readonly #store: CamsStore;

  /** @internal */
  constructor(store: CamsStore) {
    this.#store = store;
  }

  /**
   * A code as `FB.login` would return it: single use, valid 30 s on the simulator clock. `wabaId` ties it to one
   * WABA (needed for `UpdateWabaMmlStatus`); a code without one is accepted for any.
   * @example
   * const code = sim.embeddedSignup.issueCode({ wabaId: waba.Id });
   */
  issueCode(options: { wabaId?: string } = {}): string {
    const code = this.#store.random.codes.opaque('AQ', 40);
    this.#store.signupCodes.set(code, { code, wabaId: options.wabaId, expiresAt: this.#store.now() + CODE_TTL_MS, used: false });
    return code;
  }
}
