/**
 * The CAMS simulator's records, keyed the way CAMS keys them: accounts (Alibaba users) own channels
 * (`CustSpaceId`, contract §1.3); a channel has at most one bound WABA and its numbers, keyed by cc + national digits.
 * Field names are the wire's (PascalCase) where a record is returned as is.
 */

/** An AccessKey the simulator accepts (fake keys only). */
export interface CamsAccessKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** The Alibaba account (user) the key belongs to; channels and QPS are per account. */
  readonly accountId: string;
  /** STS token: requests signed with this key must carry and sign it. */
  readonly securityToken?: string | undefined;
  /** STS expiry, epoch ms. */
  readonly expiresAt?: number | undefined;
  active: boolean;
  /** RAM policy: the actions this key may call (`cams:<Action>`); every action when undefined. */
  readonly allowedActions?: readonly string[] | undefined;
}

/** A WABA as Meta knows it (bound to a channel or not yet). */
export interface CamsWaba {
  readonly Id: string;
  Name: string;
  Currency: string;
  AccountReviewStatus: string;
  MessageTemplateNamespace: string;
  BusinessId: string;
  BusinessName: string;
  VerificationStatus: string;
  Vertical: string;
  PrimaryBusinessLocation: string;
  IsOnBizApp: 'Y' | 'N';
  /** Marketing Messages Lite: `Y` once `UpdateWabaMmlStatus` succeeded. */
  MarketingMessageLiteStatus: 'Y' | 'N';
}

/** Meta's code verification of a number (simulator words: Meta's, contract §7 #4). */
export type CamsCodeVerification = 'NOT_VERIFIED' | 'VERIFIED' | 'EXPIRED';

/** Where a migrating number is in the four-call flow of contract §4.3. */
export type CamsMigrationStep = 'initiated' | 'code_sent' | 'verified';

/** A message QR code (contract §4.6). */
export interface CamsQrCode {
  readonly QrdlCode: string;
  PrefilledMessage: string;
  GenerateQrImage: 'PNG' | 'SVG';
  DeepLinkUrl: string;
  QrImageUrl: string;
}

/** A health entity error (contract §3.6). */
export interface CamsHealthError {
  readonly ErrorCode: string;
  readonly ErrorDescription: string;
  readonly PossibleSolution: string;
}

/** Meta's health of a number: `AVAILABLE` unless a test says otherwise. */
export interface CamsHealth {
  CanSendMessage: 'AVAILABLE' | 'LIMITED' | 'BLOCKED';
  Errors: CamsHealthError[];
}

/** Sent/delivered counts at one instant, for `GetChatappPhoneNumberMetric`. */
export interface CamsTraffic {
  readonly at: number;
  readonly sent: number;
  readonly delivered: number;
}

/** A business number of a channel. */
export interface CamsPhoneNumber {
  /** cc + national digits, no `+` (contract §1.3). */
  readonly PhoneNumber: string;
  readonly cc: string;
  /** Meta `phone_number_id` (returned by `GetPhoneNumberVerificationStatus` and the migration calls only). */
  readonly id: string;
  VerifiedName: string;
  /** Meta status words (contract §4.2 `Status`). */
  Status: string;
  NameStatus: string;
  NewNameStatus: string;
  QualityRating: string;
  MessagingLimitTier: string;
  IsOfficial: 'Y' | 'N';
  StatusCallbackUrl: string;
  UpCallbackUrl: string;
  StatusQueue: string;
  UpQueue: string;
  HttpFlag: 'Y' | 'N';
  QueueFlag: 'Y' | 'N';
  verifiedAt: number | undefined;
  /** The latest code sent (only it is valid). */
  pendingCode: string | undefined;
  registerLog: number[];
  deregisterLog: number[];
  registerBlockedUntil: number | undefined;
  deregisterBlockedUntil: number | undefined;
  migration: CamsMigrationStep | undefined;
  profile: {
    About: string;
    Address: string;
    Description: string;
    Email: string;
    ProfilePictureUrl: string;
    Vertical: string;
    Websites: string[];
  };
  qrCodes: CamsQrCode[];
  automation: { EnableWelcomeMessage: boolean; Prompts: string[]; Commands: { CommandName: string; CommandDescription: string }[] };
  commerce: { CartEnable: boolean; CatalogVisible: boolean };
  encryption: { EncryptionPublicKey: string; EncryptionPublicKeyStatus: 'VALID' | 'MISMATCH' } | undefined;
  /** The business username (contract §4.9); `undefined` when none is set. */
  username: { Username: string; Status: 'approved' | 'reserved' } | undefined;
  /** `GetWhatsappUserNameSuggestions`' names, drawn on the first call. */
  usernameSuggestions: string[] | undefined;
  health: CamsHealth;
  traffic: CamsTraffic[];
}

/** A channel (`CustSpaceId`). */
export interface CamsChannel {
  readonly custSpaceId: string;
  readonly accountId: string;
  /** The bound WABA's id. */
  wabaId: string | undefined;
  readonly numbers: Map<string, CamsPhoneNumber>;
  accountWebhook: { StatusCallbackUrl: string; HttpFlag: 'Y' | 'N'; QueueFlag: 'Y' | 'N' };
}

/** A number registered on another BSP's WABA, that a channel can migrate (contract §4.3). */
export interface CamsExternalNumber {
  readonly PhoneNumber: string;
  readonly cc: string;
  readonly VerifiedName: string;
  /** The source BSP released it (two-step verification off): Meta lets it migrate. */
  released: boolean;
  /** Set once another channel completed the migration. */
  migratedTo: string | undefined;
}

/** An OTP the simulator "sent" (verification or migration), for `sim.inbox`. */
export interface CamsOtp {
  readonly custSpaceId: string;
  readonly phoneNumber: string;
  readonly purpose: 'verification' | 'migration';
  readonly method: 'sms' | 'voice';
  readonly locale: string;
  readonly code: string;
  readonly at: number;
}

/** An Embedded Signup code for `GetPermissionByCode` / `UpdateWabaMmlStatus` (Meta: 30 s, single use). */
export interface CamsSignupCode {
  readonly code: string;
  readonly wabaId: string | undefined;
  readonly expiresAt: number;
  used: boolean;
}
