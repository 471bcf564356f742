import type { ReadonlyDeep } from 'type-fest';
import type { SimRandom } from '../random.js';
import { codeVerificationStatus, type CodeVerificationStatus } from './phone-rules.js';
import type { OtpMessage, SimApp, SimBusiness, SimPhoneNumber, SimSignupCode, SimToken, SimWaba } from './types.js';

/**
 * Read access to the simulator's state, for assertions (`sim.state`). Records are live: read them after the
 * requests you want to check. Do not mutate them — use requests, `sim.seed` and the control helpers.
 */
export interface SimulatorState {
  /** A business portfolio by id. */
  business(id: string): ReadonlyDeep<SimBusiness> | undefined;
  /** A WABA by id. */
  waba(id: string): ReadonlyDeep<SimWaba> | undefined;
  /** A phone number by id (a migrated source copy too, with status `MIGRATED`). */
  phoneNumber(id: string): ReadonlyDeep<SimPhoneNumber> | undefined;
  /** All phone numbers, or those of one WABA. */
  phoneNumbers(wabaId?: string): ReadonlyDeep<SimPhoneNumber>[];
  /** `NOT_VERIFIED`, `VERIFIED` (14 days after verify_code) or `EXPIRED`, at the simulator's current time. */
  codeVerificationStatus(phoneNumberId: string): CodeVerificationStatus | undefined;
  /** Whether a token is accepted. */
  hasToken(value: string): boolean;
  /** Calls counted for a WABA in the current usage window. */
  callCount(wabaId: string): number;
}

/** The mutable store behind the handlers. @internal */
export class SimStore implements SimulatorState {
  readonly apps = new Map<string, SimApp>();
  readonly tokens = new Map<string, SimToken>();
  readonly businesses = new Map<string, SimBusiness>();
  readonly wabas = new Map<string, SimWaba>();
  readonly phones = new Map<string, SimPhoneNumber>();
  readonly signupCodes = new Map<string, SimSignupCode>();
  readonly inbox: OtpMessage[] = [];
  /** Customer wa_id → current identity key hash. */
  readonly identities = new Map<string, string>();
  /** WABA id → times of counted calls (usage window). */
  readonly wabaCalls = new Map<string, number[]>();
  /** Times of all counted calls (X-App-Usage). */
  appCalls: number[] = [];

  constructor(
    readonly now: () => number,
    readonly ids: SimRandom,
    readonly usageWindowMs: number,
  ) {}

  /** A fresh 15-digit id, unique across every kind of object. */
  newId(): string {
    for (;;) {
      const id = this.ids.graphId();
      if (!this.exists(id)) return id;
    }
  }

  /** Whether any object has this id. */
  exists(id: string): boolean {
    return this.apps.has(id) || this.businesses.has(id) || this.wabas.has(id) || this.phones.has(id);
  }

  /** The WABA of a phone number. @throws Error when the store is inconsistent (a bug). */
  wabaOf(phone: SimPhoneNumber): SimWaba {
    const waba = this.wabas.get(phone.wabaId);
    if (!waba) throw new Error(`simulator state: phone ${phone.id} points to a missing WABA`);
    return waba;
  }

  /** The business of a WABA. @throws Error when the store is inconsistent (a bug). */
  businessOf(waba: SimWaba): SimBusiness {
    const business = this.businesses.get(waba.businessId);
    if (!business) throw new Error(`simulator state: WABA ${waba.id} points to a missing business`);
    return business;
  }

  /** The customer's identity hash, created on first use. */
  identityOf(waId: string): string {
    let hash = this.identities.get(waId);
    if (hash === undefined) {
      hash = this.ids.identityHash();
      this.identities.set(waId, hash);
    }
    return hash;
  }

  business(id: string): SimBusiness | undefined {
    return this.businesses.get(id);
  }

  waba(id: string): SimWaba | undefined {
    return this.wabas.get(id);
  }

  phoneNumber(id: string): SimPhoneNumber | undefined {
    return this.phones.get(id);
  }

  phoneNumbers(wabaId?: string): SimPhoneNumber[] {
    const all = [...this.phones.values()];
    return wabaId === undefined ? all : all.filter((phone) => phone.wabaId === wabaId);
  }

  codeVerificationStatus(phoneNumberId: string): CodeVerificationStatus | undefined {
    const phone = this.phones.get(phoneNumberId);
    return phone ? codeVerificationStatus(phone, this.now()) : undefined;
  }

  hasToken(value: string): boolean {
    return this.tokens.has(value);
  }

  callCount(wabaId: string): number {
    const since = this.now() - this.usageWindowMs;
    return (this.wabaCalls.get(wabaId) ?? []).filter((at) => at > since).length;
  }
}
