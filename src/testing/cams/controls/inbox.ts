import type { CamsStore } from '../state/store.js';
import type { CamsOtp } from '../state/types.js';

/** The codes the CAMS simulator "sent" by SMS or voice (`GetChatappVerifyCode`, `GetMigrationVerifyCode`). */
export class CamsInbox {
  readonly #store: CamsStore;

  /** @internal */
  constructor(store: CamsStore) {
    this.#store = store;
  }

  /** Every code sent to a number (cc + national digits), oldest first. */
  messages(phoneNumber: string): readonly CamsOtp[] {
    return this.#store.inbox.filter((m) => m.phoneNumber === phoneNumber);
  }

  /**
   * The latest code sent to a number — the only valid one.
   * @example
   * await client.phoneNumber('8613800001234').verification.requestCode({ method: 'sms', locale: 'en_US' });
   * const code = sim.inbox.latestCode('8613800001234');
   */
  latestCode(phoneNumber: string): string | undefined {
    return this.messages(phoneNumber).at(-1)?.code;
  }
}
