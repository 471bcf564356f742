/**
 * The simulator's records. Field names are camelCase (simulator-side state); the handlers turn them into Graph's
 * snake_case wire shapes. Read them through `sim.state` in assertions; change them only through requests,
 * `sim.seed` and the control helpers, so the rules stay consistent.
 */

/** An app (client id + secret), owner of tokens and webhook subscriptions. */
export interface SimApp {
  readonly id: string;
  readonly secret: string;
  name: string;
  /** The app-level webhook callback URL (reported in `webhook_configuration.application`). */
  callbackUrl?: string | undefined;
  /** When true, calls with this app's tokens need `appsecret_proof` ([G-SEC]). */
  requireAppSecretProof: boolean;
}

/** An access token the simulator accepts. */
export interface SimToken {
  readonly value: string;
  readonly appId: string;
  readonly type: 'SYSTEM_USER' | 'USER' | 'APP';
  readonly userId: string;
  /** WABAs this token may reach; every WABA when undefined. */
  readonly wabaIds?: ReadonlySet<string> | undefined;
  readonly scopes: readonly string[];
}

/** A Meta business portfolio. */
export interface SimBusiness {
  readonly id: string;
  name: string;
  /** Business verification done: raises the registered-number cap from 2 to 20 (domain.md). */
  verified: boolean;
  /** Overrides the registered-number cap. */
  maxPhoneNumbers?: number | undefined;
  readonly createdAt: number;
}

/** A webhook subscription of an app on a WABA (`/{waba}/subscribed_apps`). */
export interface SimSubscription {
  readonly appId: string;
  overrideCallbackUri?: string | undefined;
}

/** A WhatsApp Business Account. */
export interface SimWaba {
  readonly id: string;
  readonly businessId: string;
  name: string;
  currency: string;
  timezoneId: string;
  messageTemplateNamespace: string;
  accountReviewStatus: string;
  ownershipType: string;
  country: string;
  readonly createdAt: number;
  isEnabledForInsights: boolean;
  disableMarketingMessagesOnCloudApi: boolean;
  templateAutoArchivalEnabled: boolean;
  marketingMessagesOnboardingStatus: string;
  messagingLimit: string;
  readonly subscriptions: Map<string, SimSubscription>;
}

/** One OTP the simulator "sent" by SMS or voice call. */
export interface OtpMessage {
  readonly phoneNumberId: string;
  readonly method: 'SMS' | 'VOICE';
  readonly code: string;
  readonly language: string;
  /** Simulated time of sending, ms since the epoch. */
  readonly at: number;
}

/** A QR code / short link (contract §3.8). */
export interface SimQrCode {
  readonly code: string;
  prefilledMessage: string;
  imageFormat?: 'SVG' | 'PNG' | undefined;
  readonly createdAt: number;
}

/** The business profile of a number (contract §3.6). */
export interface SimBusinessProfile {
  about?: string | undefined;
  address?: string | undefined;
  description?: string | undefined;
  email?: string | undefined;
  websites?: string[] | undefined;
  vertical?: string | undefined;
  profilePictureUrl?: string | undefined;
}

/** Ice breakers and commands (contract §3.7). */
export interface SimConversationalAutomation {
  prompts: string[];
  commands: { command_name: string; command_description: string }[];
  enableWelcomeMessage: boolean;
}

/** A business phone number and everything the simulator tracks about it. */
export interface SimPhoneNumber {
  readonly id: string;
  wabaId: string;
  readonly cc: string;
  /** The national number, without country code. */
  readonly nationalNumber: string;
  verifiedName: string;
  nameStatus: string;
  newDisplayName?: string | undefined;
  newNameStatus?: string | undefined;
  nameDecidedAt?: number | undefined;
  /** Times of display-name change requests (10 per 30 days). */
  displayNameChanges: number[];
  /** `CONNECTED` once registered; `PENDING` before; `DISCONNECTED` after deregister; `MIGRATED` on a source. */
  status: string;
  platformType: string;
  accountMode: string;
  qualityRating: string;
  throughputLevel: string;
  messagingLimitTier: string;
  /** Last successful verify_code; VERIFIED lasts 14 days. */
  verifiedAt?: number | undefined;
  pendingCode?: OtpMessage | undefined;
  /** The two-step verification PIN (simulator state; never echoed in an answer). */
  pin?: string | undefined;
  /** Times of wrong PIN guesses. */
  pinFailures: number[];
  lastPinFailureAt?: number | undefined;
  registerLog: number[];
  deregisterLog: number[];
  registerBlockedUntil?: number | undefined;
  deregisterBlockedUntil?: number | undefined;
  registeredAt?: number | undefined;
  storage: { status: 'IN_COUNTRY_STORAGE_ENABLED' | 'IN_COUNTRY_STORAGE_DISABLED'; region?: string | undefined };
  identityKeyCheck: boolean;
  calling?: Record<string, unknown> | undefined;
  profile: SimBusinessProfile;
  automation: SimConversationalAutomation;
  readonly qrCodes: Map<string, SimQrCode>;
  /** Blocked customers: wa_id → time blocked (insertion order is list order). */
  readonly blocked: Map<string, number>;
  /** Last inbound message per customer wa_id (the 24 h rule of block_users). */
  readonly lastInbound: Map<string, number>;
  commerce: { readonly id: string; isCartEnabled: boolean; isCatalogVisible: boolean };
  oba: { status: string; submittedAt?: number | undefined; decidedAt?: number | undefined };
  releasedForMigration: boolean;
  migratedFromId?: string | undefined;
  migratedToId?: string | undefined;
  isOnBizApp: boolean;
  isPreverified: boolean;
  searchVisibility: string;
  webhookOverrideUri?: string | undefined;
  readonly createdAt: number;
  lastOnboardedAt: number;
  certificate: string;
}

/** An Embedded Signup authorization code waiting to be exchanged (TTL 30 s, single use). */
export interface SimSignupCode {
  readonly code: string;
  readonly appId: string;
  readonly wabaId: string;
  readonly phoneNumberId?: string | undefined;
  readonly businessId: string;
  readonly issuedAt: number;
  readonly ttlMs: number;
  used: boolean;
}
