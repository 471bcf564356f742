import type { RandomStreams } from '../../random.js';
import { NonceLedger } from '../verifier/acs3.js';
import type {
  CamsAccessKey,
  CamsChannel,
  CamsCodeVerification,
  CamsExternalNumber,
  CamsOtp,
  CamsPhoneNumber,
  CamsSignupCode,
  CamsWaba,
} from './types.js';

/** Meta: a VERIFIED code verification lasts 14 days (same rule as the Graph simulator). */
export const VERIFIED_FOR_MS = 14 * 24 * 3_600_000;
/** Meta: 10 registrations and 10 deregistrations per number per 72 h (contract §3.5, graph-api.md §6). */
export const REGISTRATION_LIMIT = 10;
export const REGISTRATION_WINDOW_MS = 72 * 3_600_000;

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Read access to the CAMS simulator's records, for assertions. */
export interface CamsSimulatorState {
  /** A channel by `CustSpaceId`. */
  channel(custSpaceId: string): CamsChannel | undefined;
  /** A number of a channel, by cc + national digits. */
  phoneNumber(custSpaceId: string, phoneNumber: string): CamsPhoneNumber | undefined;
  /** A WABA Meta knows (bound or not). */
  waba(wabaId: string): CamsWaba | undefined;
  /** `NOT_VERIFIED`, `VERIFIED` (14 days) or `EXPIRED`. */
  codeVerificationStatus(number: CamsPhoneNumber): CamsCodeVerification;
  /** A number on another BSP (migration source). */
  externalNumber(phoneNumber: string): CamsExternalNumber | undefined;
}

/** Mutable state of one CAMS simulator. @internal */
export class CamsStore implements CamsSimulatorState {
  readonly keys = new Map<string, CamsAccessKey>();
  readonly channels = new Map<string, CamsChannel>();
  readonly wabas = new Map<string, CamsWaba>();
  readonly external = new Map<string, CamsExternalNumber>();
  readonly inbox: CamsOtp[] = [];
  readonly signupCodes = new Map<string, CamsSignupCode>();
  readonly nonces = new NonceLedger();
  /** What `IsvGetAppId` answers. */
  embeddedSignupApp = { appId: '', configId: '' };
  readonly #clock: () => number;
  readonly random: RandomStreams;

  constructor(clock: () => number, random: RandomStreams) {
    this.#clock = clock;
    this.random = random;
  }

  now(): number {
    return this.#clock();
  }

  channel(custSpaceId: string): CamsChannel | undefined {
    return this.channels.get(custSpaceId);
  }

  phoneNumber(custSpaceId: string, phoneNumber: string): CamsPhoneNumber | undefined {
    return this.channels.get(custSpaceId)?.numbers.get(phoneNumber);
  }

  waba(wabaId: string): CamsWaba | undefined {
    return this.wabas.get(wabaId);
  }

  externalNumber(phoneNumber: string): CamsExternalNumber | undefined {
    return this.external.get(phoneNumber);
  }

  codeVerificationStatus(number: CamsPhoneNumber): CamsCodeVerification {
    if (number.verifiedAt === undefined) return 'NOT_VERIFIED';
    return this.now() - number.verifiedAt < VERIFIED_FOR_MS ? 'VERIFIED' : 'EXPIRED';
  }

  /** The channel a number is in, across every account. */
  channelOfNumber(phoneNumber: string): CamsChannel | undefined {
    for (const channel of this.channels.values()) if (channel.numbers.has(phoneNumber)) return channel;
    return undefined;
  }

  /** The channel a WABA is bound to. */
  channelOfWaba(wabaId: string): CamsChannel | undefined {
    for (const channel of this.channels.values()) if (channel.wabaId === wabaId) return channel;
    return undefined;
  }

  newCustSpaceId(): string {
    return `cams-${this.random.ids.chars(ALNUM, 12)}`;
  }

  newMetaId(): string {
    return this.random.ids.graphId();
  }

  /** `XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX`, like Alibaba's request ids; from the traces stream. */
  newRequestId(): string {
    const hex = this.random.traces.chars('0123456789ABCDEF', 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
