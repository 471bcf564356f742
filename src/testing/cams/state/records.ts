import type { CamsPhoneNumber, CamsWaba } from './types.js';

/** A fresh number record: PENDING, not verified, Meta's defaults. @internal */
export function newPhoneNumber(init: { cc: string; national: string; id: string; verifiedName: string }): CamsPhoneNumber {
  return {
    PhoneNumber: `${init.cc}${init.national}`,
    cc: init.cc,
    id: init.id,
    VerifiedName: init.verifiedName,
    Status: 'PENDING',
    // CAMS words for name review (contract §7 #5: only `Approval` is documented; `Pending` is the simulator's choice).
    NameStatus: 'Pending',
    NewNameStatus: 'NONE',
    QualityRating: 'UNKNOWN',
    MessagingLimitTier: 'TIER_250',
    IsOfficial: 'N',
    StatusCallbackUrl: '',
    UpCallbackUrl: '',
    StatusQueue: '',
    UpQueue: '',
    HttpFlag: 'N',
    QueueFlag: 'N',
    verifiedAt: undefined,
    pendingCode: undefined,
    registerLog: [],
    deregisterLog: [],
    registerBlockedUntil: undefined,
    deregisterBlockedUntil: undefined,
    migration: undefined,
    profile: { About: '', Address: '', Description: '', Email: '', ProfilePictureUrl: '', Vertical: 'OTHER', Websites: [] },
    qrCodes: [],
    automation: { EnableWelcomeMessage: false, Prompts: [], Commands: [] },
    commerce: { CartEnable: true, CatalogVisible: true },
    encryption: undefined,
    username: undefined,
    usernameSuggestions: undefined,
    health: { CanSendMessage: 'AVAILABLE', Errors: [] },
    traffic: [],
  };
}

/** A WABA record with Meta's defaults for an approved account. @internal */
export function newWaba(id: string, overrides: Partial<CamsWaba>, businessId: string): CamsWaba {
  return {
    Id: id,
    Name: 'Simulated WABA',
    Currency: 'USD',
    AccountReviewStatus: 'APPROVED',
    MessageTemplateNamespace: `ns_${id}`,
    BusinessId: businessId,
    BusinessName: 'Simulated Business',
    VerificationStatus: 'verified',
    Vertical: 'OTHER',
    PrimaryBusinessLocation: 'SG',
    IsOnBizApp: 'N',
    MarketingMessageLiteStatus: 'N',
    ...overrides,
  };
}
