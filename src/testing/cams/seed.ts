import { newPhoneNumber, newWaba } from './state/records.js';
import type { CamsStore } from './state/store.js';
import type { CamsAccessKey, CamsChannel, CamsExternalNumber, CamsPhoneNumber, CamsWaba } from './state/types.js';

/** Options of {@link CamsSeeder.accessKey}. */
export interface SeedCamsAccessKeyOptions {
  /** @default a fresh fake `LTAI…` id */
  readonly accessKeyId?: string;
  /** @default a fresh fake secret */
  readonly accessKeySecret?: string;
  /** STS token: the key becomes temporary and every request must carry and sign the token. */
  readonly securityToken?: string;
  /** STS expiry, epoch ms (simulator clock). */
  readonly expiresAt?: number;
  /** The Alibaba account that owns the key. @default 'sim-account-1' */
  readonly accountId?: string;
  /** RAM policy: only these actions are allowed (others get `Ram.PermissionDeny`). @default every action */
  readonly allowedActions?: readonly string[];
  /** A disabled key gets `InvalidAccessKeyId.Inactive`. @default true */
  readonly active?: boolean;
}

/** Options of {@link CamsSeeder.channel}. */
export interface SeedCamsChannelOptions {
  /** @default a fresh `cams-…` id */
  readonly custSpaceId?: string;
  /** @default 'sim-account-1' */
  readonly accountId?: string;
  /** Bind this WABA (created on "Meta" when unknown); `false` for a channel with no WABA. @default a fresh WABA */
  readonly waba?: Partial<CamsWaba> | false;
}

/** Options of {@link CamsSeeder.phoneNumber}. */
export interface SeedCamsPhoneNumberOptions {
  readonly custSpaceId: string;
  /** Country calling code without `+`. @default '86' */
  readonly cc?: string;
  /** National number. @default 8 fresh digits after 138 */
  readonly national?: string;
  /** @default 'Simulated Shop' */
  readonly verifiedName?: string;
  /** VERIFIED now (code verification done). @default false */
  readonly verified?: boolean;
  /** CONNECTED (implies verified). @default false */
  readonly registered?: boolean;
}

/** Puts accounts, keys, channels, WABAs and numbers into the CAMS simulator's state directly. */
export class CamsSeeder {
  readonly #store: CamsStore;

  /** @internal */
  constructor(store: CamsStore) {
    this.#store = store;
  }

  /**
   * An AccessKey the simulator accepts. Keys are fake: they sign requests to this simulator only.
   * @example
   * const key = sim.seed.accessKey({ accessKeyId: 'LTAI5tSimTestKey0001', accessKeySecret: 'SimTestSecretNotReal0001' });
   */
  accessKey(options: SeedCamsAccessKeyOptions = {}): CamsAccessKey {
    const ids = this.#store.random.ids;
    const key: CamsAccessKey = {
      accessKeyId: options.accessKeyId ?? `${options.securityToken === undefined ? 'LTAI5t' : 'STS.N'}Sim${ids.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 14)}`,
      accessKeySecret: options.accessKeySecret ?? `SimSecret${ids.chars('abcdefghijkmnpqrstuvwxyz23456789', 21)}`,
      accountId: options.accountId ?? 'sim-account-1',
      securityToken: options.securityToken,
      expiresAt: options.expiresAt,
      active: options.active ?? true,
      allowedActions: options.allowedActions,
    };
    this.#store.keys.set(key.accessKeyId, key);
    return key;
  }

  /**
   * A WABA on "Meta" that no channel has bound yet (what Embedded Signup shares; `ChatappBindWaba` binds it).
   * @example
   * const waba = sim.seed.waba({ Name: 'Lucky Shrub' });
   */
  waba(overrides: Partial<CamsWaba> = {}): CamsWaba {
    const id = overrides.Id ?? this.#store.newMetaId();
    const existing = this.#store.wabas.get(id);
    if (existing) return Object.assign(existing, overrides);
    const waba = newWaba(id, overrides, overrides.BusinessId ?? this.#store.newMetaId());
    this.#store.wabas.set(id, waba);
    return waba;
  }

  /**
   * A channel (`CustSpaceId`) with a bound WABA unless `waba: false`.
   * @example
   * const channel = sim.seed.channel();
   */
  channel(options: SeedCamsChannelOptions = {}): CamsChannel {
    const custSpaceId = options.custSpaceId ?? this.#store.newCustSpaceId();
    const waba = options.waba === false ? undefined : this.waba(options.waba);
    const channel: CamsChannel = {
      custSpaceId,
      accountId: options.accountId ?? 'sim-account-1',
      wabaId: waba?.Id,
      numbers: new Map(),
      accountWebhook: { StatusCallbackUrl: '', HttpFlag: 'N', QueueFlag: 'N' },
    };
    this.#store.channels.set(custSpaceId, channel);
    return channel;
  }

  /**
   * A number in a channel, PENDING / NOT_VERIFIED unless `verified` or `registered`.
   * @throws {Error} when the channel is unknown or already has the number.
   * @example
   * const phone = sim.seed.phoneNumber({ custSpaceId: channel.custSpaceId, registered: true });
   */
  phoneNumber(options: SeedCamsPhoneNumberOptions): CamsPhoneNumber {
    const channel = this.#store.channels.get(options.custSpaceId);
    if (!channel) throw new Error(`seed.phoneNumber: unknown channel ${options.custSpaceId}`);
    const cc = options.cc ?? '86';
    const national = options.national ?? `138${this.#store.random.ids.digits(8)}`;
    if (channel.numbers.has(`${cc}${national}`)) throw new Error(`seed.phoneNumber: ${cc}${national} is already in the channel`);
    const phone = newPhoneNumber({ cc, national, id: this.#store.newMetaId(), verifiedName: options.verifiedName ?? 'Simulated Shop' });
    phone.NameStatus = 'Approval';
    if (options.verified === true || options.registered === true) phone.verifiedAt = this.#store.now();
    if (options.registered === true) {
      phone.Status = 'CONNECTED';
      phone.QualityRating = 'GREEN';
      phone.MessagingLimitTier = 'TIER_1K';
    }
    channel.numbers.set(phone.PhoneNumber, phone);
    return phone;
  }

  /**
   * A number registered on another BSP, which `CreateChatappMigrationInitiate` can migrate once `released`.
   * @example
   * sim.seed.externalNumber({ cc: '86', national: '13900001111', released: true });
   */
  externalNumber(options: { cc: string; national: string; verifiedName?: string; released?: boolean }): CamsExternalNumber {
    const number: CamsExternalNumber = {
      PhoneNumber: `${options.cc}${options.national}`,
      cc: options.cc,
      VerifiedName: options.verifiedName ?? 'Other BSP Shop',
      released: options.released ?? false,
      migratedTo: undefined,
    };
    this.#store.external.set(number.PhoneNumber, number);
    return number;
  }
}
