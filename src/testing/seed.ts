import { VERIFICATION_TTL_MS } from './state/phone-rules.js';
import type { SimStore } from './state/store.js';
import type { SimApp, SimBusiness, SimPhoneNumber, SimToken, SimWaba } from './state/types.js';

/** Options of `sim.seed.app`. */
export interface SeedAppOptions {
  readonly id?: string;
  readonly secret?: string;
  readonly name?: string;
  readonly callbackUrl?: string;
  /** Calls with this app's tokens must carry a valid `appsecret_proof`. @default false */
  readonly requireAppSecretProof?: boolean;
}

/** Options of `sim.seed.token`. */
export interface SeedTokenOptions {
  /** The app that issued the token; the first seeded app (created on demand) when omitted. */
  readonly appId?: string;
  /** Restricts the token to these WABAs (others get `(#200)` HTTP 403). Every WABA when omitted. */
  readonly wabaIds?: readonly string[];
  /** @default 'SYSTEM_USER' */
  readonly type?: 'SYSTEM_USER' | 'USER';
}

/** Options of `sim.seed.business`. */
export interface SeedBusinessOptions {
  readonly id?: string;
  readonly name?: string;
  /** Business verification done (number cap 20 instead of 2). @default false */
  readonly verified?: boolean;
  /** Overrides the registered-number cap. */
  readonly maxPhoneNumbers?: number;
}

/** Options of `sim.seed.waba`. */
export interface SeedWabaOptions {
  readonly id?: string;
  /** The owning business; a new unverified one is created when omitted or unknown. */
  readonly businessId?: string;
  readonly name?: string;
  /** `APPROVED` (default), `PENDING`, `REJECTED`, `DEFERRED`. Numbers can be added to approved WABAs only. */
  readonly accountReviewStatus?: string;
  readonly currency?: string;
  readonly timezoneId?: string;
  readonly ownershipType?: string;
  readonly country?: string;
}

/** Options of `sim.seed.phoneNumber`. */
export interface SeedPhoneNumberOptions {
  /** The WABA; created (approved, new business) when unknown. */
  readonly wabaId: string;
  readonly id?: string;
  /** Country calling code. @default '1' */
  readonly cc?: string;
  /** National number without the country code; random `555…` when omitted. */
  readonly phoneNumber?: string;
  /** @default 'Simulated Business' */
  readonly verifiedName?: string;
  /** `true` = CONNECTED on Cloud API (verified, PIN set to `pin` or `000000`). @default false */
  readonly registered?: boolean;
  /** Overrides the connection status (`PENDING`, `CONNECTED`, `DISCONNECTED`, `FLAGGED`…). */
  readonly status?: string;
  /** @default 'VERIFIED' when registered, else 'NOT_VERIFIED' */
  readonly codeVerificationStatus?: 'NOT_VERIFIED' | 'VERIFIED' | 'EXPIRED';
  readonly pin?: string;
  /** @default 'APPROVED' */
  readonly nameStatus?: string;
  /** @default 'GREEN' */
  readonly qualityRating?: string;
  /** @default 'LIVE' */
  readonly accountMode?: 'LIVE' | 'SANDBOX';
  /** @default 'STANDARD' */
  readonly throughputLevel?: string;
  /** @default 'TIER_250' */
  readonly messagingLimitTier?: string;
  /** The source released the number for migration (two-step verification off). @default false */
  readonly releasedForMigration?: boolean;
  /** A WhatsApp Business app (coexistence) number. @default false */
  readonly isOnBizApp?: boolean;
  readonly identityKeyCheck?: boolean;
  readonly dataLocalizationRegion?: string;
  /** ms since the epoch. @default now */
  readonly createdTime?: number;
  /** ms since the epoch. @default createdTime */
  readonly lastOnboardedTime?: number;
}

/**
 * Puts objects into the simulator's state directly (no request, no rules), for a test's starting point.
 * Ids are drawn from the seeded PRNG when not given.
 */
export class Seeder {
  readonly #store: SimStore;

  /** @internal */
  constructor(store: SimStore) {
    this.#store = store;
  }

  /**
   * Adds an app (client id + secret) for Embedded Signup, `debug_token` and app tokens (`id|secret`).
   * @example
   * const app = sim.seed.app({ secret: 'app-secret' });
   */
  app(options: SeedAppOptions = {}): SimApp {
    const store = this.#store;
    const id = options.id ?? store.newId();
    const app: SimApp = {
      id,
      secret: options.secret ?? store.ids.opaque('', 32),
      name: options.name ?? 'Simulated App',
      callbackUrl: options.callbackUrl,
      requireAppSecretProof: options.requireAppSecretProof ?? false,
    };
    store.apps.set(id, app);
    return app;
  }

  /**
   * Makes a token valid: requests need `Authorization: Bearer <token>` (or `access_token=`), else error 190.
   * @example
   * sim.seed.token('test-token');
   * sim.seed.token('narrow-token', { wabaIds: [waba.id] });
   */
  token(value: string, options: SeedTokenOptions = {}): SimToken {
    const appId = options.appId ?? this.#defaultApp().id;
    const token: SimToken = {
      value,
      appId,
      type: options.type ?? 'SYSTEM_USER',
      userId: this.#store.ids.graphId(),
      wabaIds: options.wabaIds ? new Set(options.wabaIds) : undefined,
      scopes: ['whatsapp_business_management', 'whatsapp_business_messaging', 'business_management'],
    };
    this.#store.tokens.set(value, token);
    return token;
  }

  /**
   * Adds a business portfolio.
   * @example
   * const business = sim.seed.business({ verified: true });
   */
  business(options: SeedBusinessOptions = {}): SimBusiness {
    const store = this.#store;
    const business: SimBusiness = {
      id: options.id ?? store.newId(),
      name: options.name ?? 'Simulated Business Portfolio',
      verified: options.verified ?? false,
      maxPhoneNumbers: options.maxPhoneNumbers,
      createdAt: store.now(),
    };
    store.businesses.set(business.id, business);
    return business;
  }

  /**
   * Adds a WABA (approved by default), creating its business when needed.
   * @example
   * const waba = sim.seed.waba({ name: 'Acme' });
   */
  waba(options: SeedWabaOptions = {}): SimWaba {
    const store = this.#store;
    const business =
      (options.businessId === undefined ? undefined : store.businesses.get(options.businessId)) ??
      this.business(options.businessId === undefined ? {} : { id: options.businessId });
    const waba: SimWaba = {
      id: options.id ?? store.newId(),
      businessId: business.id,
      name: options.name ?? 'Simulated WABA',
      currency: options.currency ?? 'USD',
      timezoneId: options.timezoneId ?? '1',
      messageTemplateNamespace: store.ids.opaque('sim_', 12).toLowerCase(),
      accountReviewStatus: options.accountReviewStatus ?? 'APPROVED',
      ownershipType: options.ownershipType ?? 'SELF',
      country: options.country ?? 'US',
      createdAt: store.now(),
      isEnabledForInsights: false,
      disableMarketingMessagesOnCloudApi: false,
      templateAutoArchivalEnabled: true,
      marketingMessagesOnboardingStatus: 'ELIGIBLE',
      messagingLimit: 'TIER_250',
      subscriptions: new Map(),
    };
    store.wabas.set(waba.id, waba);
    return waba;
  }

  /**
   * Adds a phone number to a WABA (creating the WABA when unknown). Unregistered and unverified by default.
   * @example
   * const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, pin: '123456' });
   * sim.seed.phoneNumber({ wabaId: 'other', phoneNumber: '5550100', releasedForMigration: true });
   */
  phoneNumber(options: SeedPhoneNumberOptions): SimPhoneNumber {
    const store = this.#store;
    const waba = store.wabas.get(options.wabaId) ?? this.waba({ id: options.wabaId });
    const now = store.now();
    const registered = options.registered ?? options.status === 'CONNECTED';
    const verification = options.codeVerificationStatus ?? (registered ? 'VERIFIED' : 'NOT_VERIFIED');
    const createdAt = options.createdTime ?? now;
    const region = options.dataLocalizationRegion;
    const phone: SimPhoneNumber = {
      id: options.id ?? store.newId(),
      wabaId: waba.id,
      cc: options.cc ?? '1',
      nationalNumber: options.phoneNumber ?? `555${store.ids.digits(7)}`,
      verifiedName: options.verifiedName ?? 'Simulated Business',
      nameStatus: options.nameStatus ?? 'APPROVED',
      displayNameChanges: [],
      status: options.status ?? (registered ? 'CONNECTED' : 'PENDING'),
      platformType: registered ? 'CLOUD_API' : 'NOT_APPLICABLE',
      accountMode: options.accountMode ?? 'LIVE',
      qualityRating: options.qualityRating ?? 'GREEN',
      throughputLevel: options.throughputLevel ?? 'STANDARD',
      messagingLimitTier: options.messagingLimitTier ?? 'TIER_250',
      verifiedAt:
        verification === 'VERIFIED' ? now : verification === 'EXPIRED' ? now - VERIFICATION_TTL_MS - 1 : undefined,
      pin: options.pin ?? (registered ? '000000' : undefined),
      pinFailures: [],
      registerLog: [],
      deregisterLog: [],
      registeredAt: registered ? now : undefined,
      storage: region
        ? { status: 'IN_COUNTRY_STORAGE_ENABLED', region }
        : { status: 'IN_COUNTRY_STORAGE_DISABLED' },
      identityKeyCheck: options.identityKeyCheck ?? false,
      profile: {},
      automation: { prompts: [], commands: [], enableWelcomeMessage: false },
      qrCodes: new Map(),
      blocked: new Map(),
      lastInbound: new Map(),
      commerce: { id: store.ids.graphId(), isCartEnabled: false, isCatalogVisible: false },
      oba: { status: 'NOT_STARTED' },
      releasedForMigration: options.releasedForMigration ?? false,
      isOnBizApp: options.isOnBizApp ?? false,
      isPreverified: false,
      searchVisibility: 'VISIBLE',
      createdAt,
      lastOnboardedAt: options.lastOnboardedTime ?? createdAt,
      certificate: store.ids.opaque('Cm0KKQi', 60),
    };
    store.phones.set(phone.id, phone);
    return phone;
  }

  /** The first app, created on demand: tokens seeded without `appId` belong to it. */
  #defaultApp(): SimApp {
    const first = this.#store.apps.values().next();
    return first.done ? this.app() : first.value;
  }
}
