/**
 * Contract tests of every CAMS operation the client sends (alibaba-cams.md §4): the `x-acs-action`, that each
 * parameter is one §4 documents for that action (PascalCase, exact spelling), that every required one is there,
 * where it goes (query, or the signed form body for secrets), JSON-string and enum encoding, and how the answer is
 * unwrapped. Every request passes the independent ACS3 verifier first (helpers/cams.ts).
 */
import { describe, expect, it } from 'vitest';
import { CamsClient } from '../../../src/cams/client.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';
import { camsOk, DIGITS, makeCamsClient, SPACE, useCams, type CamsSent } from '../helpers/cams.js';

type Placement = 'query' | 'body';

/** §4 parameter tables: name → placement(s) allowed, and the required names. */
interface ActionContract {
  readonly params: Readonly<Record<string, readonly Placement[]>>;
  readonly required: readonly string[];
}

const Q: readonly Placement[] = ['query'];
// §4 lists VerifyCode "in: query" for the current SDK; [TS-142] sends it in the form body and §1.2 says the gateway
// merges both. The SDK sends secrets in the signed body (issue #9 §2), so the body is the only placement accepted.
const SECRET: readonly Placement[] = ['body'];

const CONTRACT: Readonly<Record<string, ActionContract>> = {
  QueryChatappBindWaba: { params: { CustSpaceId: Q, IsvCode: Q }, required: [] },
  QueryChatappPhoneNumbers: { params: { CustSpaceId: Q, IsvCode: Q, Status: Q }, required: [] },
  ChatappSyncPhoneNumber: { params: { CustSpaceId: Q }, required: ['CustSpaceId'] },
  AddChatappPhoneNumber: { params: { Cc: Q, CustSpaceId: Q, PhoneNumber: Q, PreValidateId: Q, VerifiedName: Q }, required: ['Cc', 'CustSpaceId', 'PhoneNumber', 'VerifiedName'] },
  GetChatappVerifyCode: { params: { CustSpaceId: Q, Locale: Q, Method: Q, PhoneNumber: Q }, required: ['CustSpaceId', 'Locale', 'Method', 'PhoneNumber'] },
  ChatappVerifyAndRegister: { params: { CustSpaceId: Q, PhoneNumber: Q, VerifyCode: SECRET }, required: ['CustSpaceId', 'PhoneNumber', 'VerifyCode'] },
  ChatappPhoneNumberRegister: { params: { CustSpaceId: Q, PhoneNumber: Q }, required: ['CustSpaceId', 'PhoneNumber'] },
  ChatappPhoneNumberDeregister: { params: { CustSpaceId: Q, PhoneNumber: Q }, required: ['CustSpaceId', 'PhoneNumber'] },
  GetPhoneNumberVerificationStatus: { params: { CustSpaceId: Q, PhoneNumber: Q }, required: ['CustSpaceId', 'PhoneNumber'] },
  IsvGetAppId: { params: { IntlVersion: Q, Permissions: Q, Type: Q }, required: ['Type'] },
  GetPermissionByCode: { params: { Code: SECRET, CustSpaceId: Q, Permissions: Q }, required: ['Code'] },
  ChatappBindWaba: { params: { WabaId: Q }, required: ['WabaId'] },
  QueryWabaBusinessInfo: { params: { CustSpaceId: Q, WabaId: Q }, required: ['CustSpaceId', 'WabaId'] },
  QueryMMLActive: { params: { CustSpaceId: Q }, required: [] },
  UpdateWabaMmlStatus: { params: { Code: SECRET, CustSpaceId: Q, WabaId: Q }, required: ['Code', 'CustSpaceId', 'WabaId'] },
  GetWhatsappHealthStatus: {
    params: { CustSpaceId: Q, Language: Q, NodeType: Q, PhoneNumber: Q, TemplateCode: Q, WabaId: Q },
    required: ['CustSpaceId', 'NodeType'],
  },
};

/** Checks one request against its action's §4 table. */
function expectContract(sent: CamsSent): void {
  const contract = CONTRACT[sent.action];
  expect(contract, `no §4 table for ${sent.action}`).toBeDefined();
  expect(sent.version).toBe('2020-06-06');
  for (const [name] of Object.entries(sent.queryParams)) {
    expect(contract!.params[name], `${sent.action}: ${name} is not a documented parameter`).toBeDefined();
    expect(contract!.params[name], `${sent.action}: ${name} must not be in the query`).toContain('query');
  }
  for (const [name] of Object.entries(sent.bodyParams)) {
    expect(contract!.params[name], `${sent.action}: ${name} is not a documented parameter`).toBeDefined();
    expect(contract!.params[name], `${sent.action}: ${name} must not be in the body`).toContain('body');
  }
  for (const name of contract!.required) expect(sent.params, `${sent.action}: ${name} is required`).toHaveProperty(name);
  // Alibaba-internal params are never sent (§1.2).
  for (const internal of ['OwnerId', 'ResourceOwnerAccount', 'ResourceOwnerId']) expect(sent.params).not.toHaveProperty(internal);
}

interface Case {
  readonly name: string;
  readonly call: (client: CamsClient) => Promise<unknown>;
  readonly answer?: (sent: CamsSent) => Record<string, unknown>;
  readonly actions: readonly string[];
  readonly params: readonly Record<string, string>[];
  readonly body?: readonly Record<string, string>[];
  readonly result?: unknown;
}

const NUMBER_ROW = {
  PhoneNumber: DIGITS,
  Status: 'CONNECTED',
  CodeVerificationStatus: 'VERIFIED',
  QualityRating: 'GREEN',
  MessagingLimitTier: 'TIER_1K',
  NameStatus: 'Approval',
  NewNameStatus: 'PENDING_REVIEW',
  VerifiedName: 'Lucky Shrub',
  IsOfficial: 'N',
  CallingConfigure: { Calling: { Status: 'DISABLED' } },
};
const NUMBER_INFO = {
  phone_number: DIGITS,
  status: 'CONNECTED',
  code_verification_status: 'VERIFIED',
  quality_rating: 'GREEN',
  messaging_limit_tier: 'TIER_1K',
  name_status: 'APPROVED',
  new_name_status: 'PENDING_REVIEW',
  verified_name: 'Lucky Shrub',
  is_official_business_account: false,
};

const CASES: Case[] = [
  {
    name: 'waba.retrieve',
    call: (c) => c.waba().retrieve(),
    answer: () =>
      camsOk({
        Data: {
          Id: '102290129340398', Name: 'Lucky Shrub', Currency: 'USD', AccountReviewStatus: 'APPROVED', MessageTemplateNamespace: 'ns-1',
          BusinessId: '506914307656634', BusinessName: 'Lucky Shrub Ltd', IsOnBizApp: 'Y', MarketingMessageLiteStatus: 'Y', PrimaryBusinessLocation: 'SG',
        },
      }),
    actions: ['QueryChatappBindWaba'],
    params: [{ CustSpaceId: SPACE }],
    result: {
      id: '102290129340398', name: 'Lucky Shrub', currency: 'USD', account_review_status: 'APPROVED', message_template_namespace: 'ns-1',
      owner_business_info: { id: '506914307656634', name: 'Lucky Shrub Ltd' }, is_on_biz_app: true, marketing_messages_lite_status: 'Y', primary_business_location: 'SG',
    },
  },
  {
    name: 'waba.phoneNumbers.list (all at once, no paging)',
    call: (c) => c.waba().phoneNumbers.list(),
    answer: () => camsOk({ PhoneNumbers: [NUMBER_ROW, { PhoneNumber: '6590000000', Status: 'PENDING' }], Data: 'placeholder' }),
    actions: ['QueryChatappPhoneNumbers'],
    params: [{ CustSpaceId: SPACE }],
    result: [NUMBER_INFO, { phone_number: '6590000000', status: 'PENDING' }],
  },
  {
    name: 'waba.phoneNumbers.sync',
    call: (c) => c.waba().phoneNumbers.sync(),
    answer: () => camsOk({ PhoneNumbers: [NUMBER_ROW] }),
    actions: ['ChatappSyncPhoneNumber'],
    params: [{ CustSpaceId: SPACE }],
    result: [NUMBER_INFO],
  },
  {
    name: 'waba.phoneNumbers.add (cc + phone_number)',
    call: (c) => c.waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub' }),
    actions: ['AddChatappPhoneNumber'],
    params: [{ Cc: '65', CustSpaceId: SPACE, PhoneNumber: '81234567', VerifiedName: 'Lucky Shrub' }],
    result: { success: true, phone_number: DIGITS },
  },
  {
    name: 'waba.phoneNumbers.add (phone string, split with libphonenumber)',
    call: (c) => c.waba().phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Lucky Shrub' }),
    actions: ['AddChatappPhoneNumber'],
    params: [{ Cc: '65', CustSpaceId: SPACE, PhoneNumber: '81234567', VerifiedName: 'Lucky Shrub' }],
    result: { success: true, phone_number: DIGITS },
  },
  {
    name: 'phoneNumber.retrieve (verification status + list entry)',
    call: (c) => c.phoneNumber('+65 8123 4567').retrieve(),
    answer: (sent) =>
      sent.action === 'GetPhoneNumberVerificationStatus'
        ? camsOk({ Data: { CodeVerificationStatus: 'VERIFIED', Id: '106540352242922', PhoneNumber: DIGITS } })
        : camsOk({ PhoneNumbers: [{ PhoneNumber: '6590000000' }, NUMBER_ROW] }),
    actions: ['GetPhoneNumberVerificationStatus', 'QueryChatappPhoneNumbers'],
    params: [{ CustSpaceId: SPACE, PhoneNumber: DIGITS }, { CustSpaceId: SPACE }],
    result: { ...NUMBER_INFO, id: '106540352242922' },
  },
  {
    name: 'verification.requestCode (SMS → sms)',
    call: (c) => c.phoneNumber(DIGITS).verification.requestCode({ code_method: 'SMS', language: 'en_US' }),
    actions: ['GetChatappVerifyCode'],
    params: [{ CustSpaceId: SPACE, Locale: 'en_US', Method: 'sms', PhoneNumber: DIGITS }],
    result: { success: true },
  },
  {
    name: 'verification.requestCode (VOICE → voice)',
    call: (c) => c.phoneNumber(DIGITS).verification.requestCode({ code_method: 'VOICE', language: 'zh_CN' }),
    actions: ['GetChatappVerifyCode'],
    params: [{ CustSpaceId: SPACE, Locale: 'zh_CN', Method: 'voice', PhoneNumber: DIGITS }],
    result: { success: true },
  },
  {
    name: 'verifyAndRegister (VerifyCode in the signed form body)',
    call: (c) => c.phoneNumber(DIGITS).verifyAndRegister({ code: '004821' }),
    actions: ['ChatappVerifyAndRegister'],
    params: [{ CustSpaceId: SPACE, PhoneNumber: DIGITS }],
    body: [{ VerifyCode: '004821' }],
    result: { success: true },
  },
  {
    name: 'register',
    call: (c) => c.phoneNumber(DIGITS).register(),
    actions: ['ChatappPhoneNumberRegister'],
    params: [{ CustSpaceId: SPACE, PhoneNumber: DIGITS }],
    result: { success: true },
  },
  {
    name: 'deregister (envelope without Success)',
    call: (c) => c.phoneNumber(DIGITS).deregister(),
    answer: () => ({ RequestId: 'R1', Code: 'OK', Message: 'SUCCESS' }),
    actions: ['ChatappPhoneNumberDeregister'],
    params: [{ CustSpaceId: SPACE, PhoneNumber: DIGITS }],
    result: { success: true },
  },
  {
    name: 'healthStatus (Meta codes as numbers)',
    call: (c) => c.phoneNumber(DIGITS).healthStatus(),
    answer: () =>
      camsOk({
        Data: {
          CanSendMessage: 'LIMITED',
          Entities: [{ EntityType: 'PHONE_NUMBER', PhoneNumber: DIGITS, CanSendMessage: 'LIMITED', Errors: [{ ErrorCode: '141006', ErrorDescription: 'payment', PossibleSolution: 'add a card' }] }],
        },
      }),
    actions: ['GetWhatsappHealthStatus'],
    params: [{ CustSpaceId: SPACE, NodeType: 'phone', PhoneNumber: DIGITS }],
    result: {
      can_send_message: 'LIMITED',
      entities: [{ entity_type: 'PHONE_NUMBER', id: DIGITS, can_send_message: 'LIMITED', errors: [{ error_code: 141006, error_description: 'payment', possible_solution: 'add a card' }] }],
    },
  },
  {
    name: 'waba.healthStatus (NodeType waba, WabaId of the bound WABA; same shape as the number\'s)',
    call: (c) => c.waba().healthStatus(),
    answer: (sent) =>
      sent.action === 'QueryChatappBindWaba'
        ? camsOk({ Data: { Id: '102290129340398', Name: 'Lucky Shrub' } })
        : camsOk({
            Data: {
              CanSendMessage: 'BLOCKED',
              Entities: [
                { EntityType: 'WABA', WabaId: '102290129340398', BusinessId: '506914307656634', CanSendMessage: 'BLOCKED', Errors: [{ ErrorCode: '141006', ErrorDescription: 'payment', PossibleSolution: 'add a card' }] },
                { EntityType: 'BUSINESS', BusinessId: '506914307656634', CanSendMessage: 'AVAILABLE', Errors: [] },
              ],
            },
          }),
    actions: ['QueryChatappBindWaba', 'GetWhatsappHealthStatus'],
    params: [{ CustSpaceId: SPACE }, { CustSpaceId: SPACE, NodeType: 'waba', WabaId: '102290129340398' }],
    result: {
      can_send_message: 'BLOCKED',
      entities: [
        { entity_type: 'WABA', id: '102290129340398', can_send_message: 'BLOCKED', errors: [{ error_code: 141006, error_description: 'payment', possible_solution: 'add a card' }] },
        { entity_type: 'BUSINESS', id: '506914307656634', can_send_message: 'AVAILABLE', errors: [] },
      ],
    },
  },
  {
    name: 'embeddedSignup.appId (Type whatsapp, lower case; payload at the top level)',
    call: (c) => c.embeddedSignup.appId({ permission: 'catalog_management' }),
    answer: () => ({ RequestId: 'R', Code: 'OK', Message: 'SUCCESS', AppId: '1234567890123456', ConfigId: '987654321' }),
    actions: ['IsvGetAppId'],
    params: [{ Permissions: 'catalog_management', Type: 'whatsapp' }],
    result: { app_id: '1234567890123456', config_id: '987654321' },
  },
  {
    name: 'embeddedSignup.exchangeCode (Code in the form body, Permissions as a JSON string)',
    call: (c) => c.embeddedSignup.exchangeCode({ code: 'AQBx-ESc0de_9f8e7d6c5b4a3210', permissions: ['ads_management', 'catalog_management'] }),
    actions: ['GetPermissionByCode'],
    params: [{ CustSpaceId: SPACE, Permissions: '["ads_management","catalog_management"]' }],
    body: [{ Code: 'AQBx-ESc0de_9f8e7d6c5b4a3210' }],
    result: { success: true },
  },
  {
    name: 'embeddedSignup.bindWaba (no CustSpaceId: the answer creates it)',
    call: (c) => c.embeddedSignup.bindWaba({ waba_id: '102290129340398' }),
    answer: () => camsOk({ Data: { CustSpaceId: 'cams-new0003', WabaId: '102290129340398' } }),
    actions: ['ChatappBindWaba'],
    params: [{ WabaId: '102290129340398' }],
    result: { cust_space_id: 'cams-new0003', waba_id: '102290129340398' },
  },
  {
    name: 'embeddedSignup.boundWaba',
    call: (c) => c.embeddedSignup.boundWaba(),
    answer: () => camsOk({ Data: { Id: '102290129340398' } }),
    actions: ['QueryChatappBindWaba'],
    params: [{ CustSpaceId: SPACE }],
    result: { id: '102290129340398' },
  },
  {
    name: 'embeddedSignup.businessInfo',
    call: (c) => c.embeddedSignup.businessInfo({ waba_id: '102290129340398' }),
    answer: () => camsOk({ Data: { BusinessId: '506914307656634', BusinessName: 'Lucky Shrub Ltd', VerificationStatus: 'verified', Vertical: 'Retail' } }),
    actions: ['QueryWabaBusinessInfo'],
    params: [{ CustSpaceId: SPACE, WabaId: '102290129340398' }],
    result: { id: '506914307656634', name: 'Lucky Shrub Ltd', verification_status: 'verified', vertical: 'Retail' },
  },
  {
    name: 'waba.marketingMessagesOnboardingStatus (QueryMMLActive, Data as a string)',
    call: (c) => c.waba().marketingMessagesOnboardingStatus(),
    answer: () => camsOk({ Data: 'active' }),
    actions: ['QueryMMLActive'],
    params: [{ CustSpaceId: SPACE }],
    result: 'active',
  },
  {
    name: 'waba.onboardMarketingMessagesLite (Code in the form body)',
    call: (c) => c.waba().onboardMarketingMessagesLite({ code: 'MMLsignupCode123', waba_id: '102290129340398' }),
    answer: () => camsOk({ Model: { '1': 'ok' } }),
    actions: ['UpdateWabaMmlStatus'],
    params: [{ CustSpaceId: SPACE, WabaId: '102290129340398' }],
    body: [{ Code: 'MMLsignupCode123' }],
    result: { success: true },
  },
];

describe('CAMS operations match contract §4', () => {
  for (const testCase of CASES) {
    it(`${testCase.name} → ${testCase.actions.join(' + ')}`, async () => {
      const sent = useCams((request) => (testCase.answer ? testCase.answer(request) : camsOk()));
      const result = await testCase.call(makeCamsClient());
      expect(sent.map((s) => s.action).sort()).toEqual([...testCase.actions].sort());
      for (const [index, action] of testCase.actions.entries()) {
        const request = sent.find((s) => s.action === action)!;
        expectContract(request);
        expect(request.queryParams).toEqual(testCase.params[index]);
        expect(request.bodyParams).toEqual(testCase.body?.[index] ?? {});
        // Every operation is POST / (§1.1); a body is always a signed form body (§2.4).
        expect(new URL(request.url).pathname).toBe('/');
        if (request.rawBody !== '') expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
        expect(request.headers['x-acs-action']).toBe(action);
        expect(request.url).not.toMatch(/VerifyCode|[?&]Code=/);
      }
      if (testCase.result !== undefined) expect(result).toEqual(testCase.result);
    });
  }

  it('a call can name another channel than the client default', async () => {
    const sent = useCams();
    await makeCamsClient().phoneNumber(DIGITS).register({}, { custSpaceId: 'cams-other0002' });
    expect(sent[0]!.queryParams['CustSpaceId']).toBe('cams-other0002');
  });

  it('optional-channel reads omit CustSpaceId when no channel is set; required ones refuse before sending', async () => {
    const sent = useCams(() => camsOk({ PhoneNumbers: [] }));
    const client = makeCamsClient({ custSpaceId: undefined });
    await expect(client.waba().phoneNumbers.list()).resolves.toEqual([]);
    expect(sent[0]!.queryParams).toEqual({});
    await expect(client.phoneNumber(DIGITS).register()).rejects.toMatchObject({ name: 'ValidationError' });
    expect(sent).toHaveLength(1);
  });
});

describe('waba.healthStatus against the CAMS simulator', () => {
  it('the simulator accepts the call and answers the WABA, business and app entities; a blocked number does not block the WABA', async () => {
    const sim = createCamsSimulator({ clock: manualClock(Date.now()), seed: 1 });
    const demo = seedCamsDemo(sim);
    sim.setHealth(demo.channel.custSpaceId, '8613800001234', { CanSendMessage: 'BLOCKED', Errors: [{ ErrorCode: '141006', ErrorDescription: 'Payment issue', PossibleSolution: 'Add a payment method' }] });
    const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' });
    const health = await client.waba().healthStatus();
    expect(health).toEqual({
      can_send_message: 'AVAILABLE',
      entities: [
        { entity_type: 'WABA', id: demo.waba.Id, can_send_message: 'AVAILABLE', errors: [] },
        { entity_type: 'BUSINESS', id: expect.any(String), can_send_message: 'AVAILABLE', errors: [] },
        { entity_type: 'APP', can_send_message: 'AVAILABLE', errors: [] },
      ],
    });
    expect((await client.phoneNumber('8613800001234').healthStatus()).can_send_message).toBe('BLOCKED');
    expect(sim.calls.filter((c) => c.action === 'GetWhatsappHealthStatus').map((c) => c.code)).toEqual(['OK', 'OK']);
  });
});
