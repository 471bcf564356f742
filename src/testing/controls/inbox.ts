import type { SimStore } from '../state/store.js';
import type { OtpMessage } from '../state/types.js';

/**
 * The OTPs the simulator "sent" by SMS or voice call after `request_code` — what a human would read on the
 * phone. Use it to drive the verify step.
 *
 * @example
 * await fetchWithSim(`/v23.0/${phoneId}/request_code`, { code_method: 'SMS', language: 'en_US' });
 * const code = sim.inbox.latestCode(phoneId)!;
 */
export class Inbox {
  readonly #store: SimStore;

  /** @internal */
  constructor(store: SimStore) {
    this.#store = store;
  }

  /** Every OTP sent, oldest first; only those of one number when `phoneNumberId` is given. */
  messages(phoneNumberId?: string): readonly OtpMessage[] {
    const all = this.#store.inbox;
    return phoneNumberId === undefined ? [...all] : all.filter((message) => message.phoneNumberId === phoneNumberId);
  }

  /** The last OTP sent to a number, if any. */
  latest(phoneNumberId: string): OtpMessage | undefined {
    return this.messages(phoneNumberId).at(-1);
  }

  /** The last OTP code sent to a number (the only one verify_code accepts), if any. */
  latestCode(phoneNumberId: string): string | undefined {
    return this.latest(phoneNumberId)?.code;
  }

  /** Forgets the messages (the numbers' pending codes stay valid). */
  clear(): void {
    this.#store.inbox.length = 0;
  }
}
