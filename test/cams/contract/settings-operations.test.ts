/**
 * Contract tests of the settings surface (issue #10) against alibaba-cams.md §4.2, §4.4–§4.7, §4.9: for every call,
 * the `x-acs-action`, that each parameter is one §4 documents for that action (PascalCase, exact spelling), that
 * every required one is there, where it goes (query), JSON-string parameters (`Websites`, `Prompts`, `Commands`
 * with PascalCase keys inside), `Y`/`N` flags and booleans, and how the envelope's payload is unwrapped into
 * Graph's field names. Every request passes the independent ACS3 verifier first (helpers/cams.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CamsClient } from '../../../src/cams/client.js';
import { camsOk, DIGITS, makeCamsClient, SPACE, useCams, type CamsSent } from '../helpers/cams.js';

/** §4 parameter tables (every parameter is `in: query` in the current SDK): names, and the required ones. */
const CONTRACT: Readonly<Record<string, { readonly params: readonly string[]; readonly required: readonly string[] }>> = {
  QueryPhoneBusinessProfile: { params: ['CustSpaceId', 'PhoneNumber'], required: ['CustSpaceId', 'PhoneNumber'] },
  ModifyPhoneBusinessProfile: {
    params: ['About', 'Address', 'CustSpaceId', 'Description', 'Email', 'PhoneNumber', 'ProfilePictureUrl', 'Vertical', 'Websites'],
    required: ['CustSpaceId', 'PhoneNumber'],
  },
  CreatePhoneMessageQrdl: { params: ['CustSpaceId', 'GenerateQrImage', 'PhoneNumber', 'PrefilledMessage'], required: ['GenerateQrImage', 'PhoneNumber', 'PrefilledMessage'] },
  UpdatePhoneMessageQrdl: {
    params: ['CustSpaceId', 'GenerateQrImage', 'PhoneNumber', 'PrefilledMessage', 'QrdlCode'],
    required: ['GenerateQrImage', 'PhoneNumber', 'PrefilledMessage', 'QrdlCode'],
  },
  ListPhoneMessageQrdl: { params: ['CustSpaceId', 'PhoneNumber'], required: ['PhoneNumber'] },
  DeletePhoneMessageQrdl: { params: ['CustSpaceId', 'PhoneNumber', 'QrdlCode'], required: ['PhoneNumber', 'QrdlCode'] },
  GetConversationalAutomation: { params: ['CustSpaceId', 'PhoneNumber'], required: ['CustSpaceId', 'PhoneNumber'] },
  UpdateConversationalAutomation: { params: ['Commands', 'CustSpaceId', 'EnableWelcomeMessage', 'PhoneNumber', 'Prompts'], required: ['CustSpaceId', 'PhoneNumber'] },
  GetCommerceSetting: { params: ['CustSpaceId', 'PhoneNumber'], required: ['CustSpaceId', 'PhoneNumber'] },
  UpdateCommerceSetting: { params: ['CartEnable', 'CatalogVisible', 'CustSpaceId', 'PhoneNumber'], required: ['CartEnable', 'CatalogVisible', 'CustSpaceId', 'PhoneNumber'] },
  UpdatePhoneWebhook: {
    params: ['CustSpaceId', 'HttpFlag', 'PhoneNumber', 'QueueFlag', 'StatusCallbackUrl', 'UpCallbackUrl'],
    required: ['CustSpaceId', 'PhoneNumber'],
  },
  UpdateAccountWebhook: { params: ['CustSpaceId', 'HttpFlag', 'QueueFlag', 'StatusCallbackUrl'], required: ['CustSpaceId'] },
  GetPhoneEncryptionPublicKey: { params: ['CustSpaceId', 'PhoneNumber'], required: ['PhoneNumber'] },
  UpdatePhoneEncryptionPublicKey: { params: ['CustSpaceId', 'EncryptionPublicKey', 'PhoneNumber'], required: ['EncryptionPublicKey', 'PhoneNumber'] },
  GetChatappPhoneNumberMetric: { params: ['CustSpaceId', 'End', 'Granularity', 'IsvCode', 'PhoneNumber', 'Start'], required: ['End', 'Start'] },
  QueryChatappPhoneNumbers: { params: ['CustSpaceId', 'IsvCode', 'Status'], required: [] },
  GetWhatsappUserName: { params: ['CustSpaceId', 'PhoneNumber'], required: ['CustSpaceId', 'PhoneNumber'] },
  UpdateWhatsappUserName: { params: ['CustSpaceId', 'PhoneNumber', 'TransferAction', 'Username'], required: ['CustSpaceId', 'PhoneNumber', 'Username'] },
  DeleteWhatsappUserName: { params: ['CustSpaceId', 'PhoneNumber'], required: ['CustSpaceId', 'PhoneNumber'] },
  GetWhatsappUserNameSuggestions: { params: ['CustSpaceId', 'PhoneNumber'], required: ['CustSpaceId', 'PhoneNumber'] },
};

const BODY_ALLOWED = ['StatusCallbackUrl', 'UpCallbackUrl'];

function expectContract(sent: CamsSent): void {
  const contract = CONTRACT[sent.action];
  expect(contract, `no §4 table for ${sent.action}`).toBeDefined();
  expect(sent.version).toBe('2020-06-06');
  // §4 lists every parameter in the query; §1.2 allows the signed form body too, which the SDK uses for secrets
  // and for callback URLs (they may carry a secret path segment).
  for (const name of Object.keys(sent.bodyParams)) expect(BODY_ALLOWED, `${sent.action}: ${name} must not be in the body`).toContain(name);
  for (const name of Object.keys(sent.queryParams)) expect(contract!.params, `${sent.action}: ${name} is not documented`).toContain(name);
  for (const name of contract!.required) expect(sent.params, `${sent.action}: ${name} is required`).toHaveProperty(name);
  for (const internal of ['OwnerId', 'ResourceOwnerAccount', 'ResourceOwnerId']) expect(sent.params).not.toHaveProperty(internal);
  expect(sent.headers['x-acs-action']).toBe(sent.action);
  expect(new URL(sent.url).pathname).toBe('/');
}

interface Case {
  readonly name: string;
  readonly call: (client: CamsClient) => Promise<unknown>;
  readonly answer?: (sent: CamsSent) => Record<string, unknown>;
  /** The actions in order, each with its exact query parameters. */
  readonly requests: readonly (readonly [string, Record<string, string>])[];
  /** Form-body parameters per request, when any (callback URLs: they may hold a secret path). */
  readonly body?: readonly Record<string, string>[];
  readonly result?: unknown;
}

const PEM = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----';
const QR = { QrdlCode: '4O4YGZEG3RIVE1', PrefilledMessage: 'Hi!', DeepLinkUrl: 'https://wa.me/message/4O4YGZEG3RIVE1', QrImageUrl: 'https://scontent.example/qr.svg', GenerateQrImage: 'SVG', PhoneNumber: DIGITS };
const QR_INFO = { code: '4O4YGZEG3RIVE1', prefilled_message: 'Hi!', deep_link_url: 'https://wa.me/message/4O4YGZEG3RIVE1', qr_image_url: 'https://scontent.example/qr.svg', generate_qr_image: 'SVG' };
const P = { CustSpaceId: SPACE, PhoneNumber: DIGITS };

const CASES: Case[] = [
  {
    name: 'businessProfile.retrieve (Data unwrapped, "" read as absent, Retail → RETAIL)',
    call: (c) => c.phoneNumber(DIGITS).businessProfile.retrieve(),
    answer: () => camsOk({ Data: { About: 'Succulents', Address: '', Description: 'd', Email: 'a@b.co', ProfilePictureUrl: 'https://p.example/x.png', Vertical: 'Retail', Websites: ['https://a.example'] } }),
    requests: [['QueryPhoneBusinessProfile', P]],
    result: { about: 'Succulents', description: 'd', email: 'a@b.co', profile_picture_url: 'https://p.example/x.png', vertical: 'RETAIL', websites: ['https://a.example'] },
  },
  {
    name: 'businessProfile.retrieve (unknown vertical kept, open enum)',
    call: (c) => c.phoneNumber(DIGITS).businessProfile.retrieve({ fields: ['vertical'] }),
    answer: () => camsOk({ Data: { About: 'x', Vertical: 'Space_Tourism' } }),
    requests: [['QueryPhoneBusinessProfile', P]],
    result: { vertical: 'Space_Tourism' },
  },
  {
    name: 'businessProfile.update (Websites as one JSON text, picture URL)',
    call: (c) =>
      c.phoneNumber(DIGITS).businessProfile.update({
        about: 'Succulents',
        email: 'hello@luckyshrub.com',
        websites: ['https://a.example', 'http://b.example/x?y=1'],
        vertical: 'RETAIL',
        profile_picture: { url: 'https://cdn.example/logo.png' },
      }),
    requests: [
      [
        'ModifyPhoneBusinessProfile',
        { ...P, About: 'Succulents', Email: 'hello@luckyshrub.com', Websites: '["https://a.example","http://b.example/x?y=1"]', Vertical: 'RETAIL', ProfilePictureUrl: 'https://cdn.example/logo.png' },
      ],
    ],
    result: { success: true },
  },
  {
    name: 'qrCodes.create (GenerateQrImage defaults to PNG)',
    call: (c) => c.phoneNumber(DIGITS).qrCodes.create({ prefilled_message: 'Hi!' }),
    answer: () => camsOk({ Data: QR }),
    requests: [['CreatePhoneMessageQrdl', { ...P, PrefilledMessage: 'Hi!', GenerateQrImage: 'PNG' }]],
    result: QR_INFO,
  },
  {
    name: 'qrCodes.list (Data[] → Graph names, no paging)',
    call: (c) => c.phoneNumber(DIGITS).qrCodes.list(),
    answer: () => camsOk({ Data: [QR, { ...QR, QrdlCode: 'ZZ' }] }),
    requests: [['ListPhoneMessageQrdl', P]],
    result: [QR_INFO, { ...QR_INFO, code: 'ZZ' }],
  },
  {
    name: 'qrCodes.update with a format (one call)',
    call: (c) => c.phoneNumber(DIGITS).qrCodes.update('4O4YGZEG3RIVE1', { prefilled_message: 'New', generate_qr_image: 'SVG' }),
    answer: () => camsOk({ Data: { ...QR, PrefilledMessage: 'New' } }),
    requests: [['UpdatePhoneMessageQrdl', { ...P, QrdlCode: '4O4YGZEG3RIVE1', PrefilledMessage: 'New', GenerateQrImage: 'SVG' }]],
    result: { ...QR_INFO, prefilled_message: 'New' },
  },
  {
    name: 'qrCodes.update without a format (current format read first)',
    call: (c) => c.phoneNumber(DIGITS).qrCodes.update('4O4YGZEG3RIVE1', { prefilled_message: 'New' }),
    answer: (s) => (s.action === 'ListPhoneMessageQrdl' ? camsOk({ Data: [QR] }) : camsOk({ Data: { ...QR, PrefilledMessage: 'New' } })),
    requests: [
      ['ListPhoneMessageQrdl', P],
      ['UpdatePhoneMessageQrdl', { ...P, QrdlCode: '4O4YGZEG3RIVE1', PrefilledMessage: 'New', GenerateQrImage: 'SVG' }],
    ],
  },
  {
    name: 'qrCodes.delete',
    call: (c) => c.phoneNumber(DIGITS).qrCodes.delete('4O4YGZEG3RIVE1'),
    answer: () => ({ RequestId: 'R', Code: 'OK', Message: 'SUCCESS' }),
    requests: [['DeletePhoneMessageQrdl', { ...P, QrdlCode: '4O4YGZEG3RIVE1' }]],
    result: { success: true },
  },
  {
    name: 'conversationalAutomation.retrieve',
    call: (c) => c.phoneNumber(DIGITS).conversationalAutomation.retrieve(),
    answer: () => camsOk({ Data: { PhoneNumber: DIGITS, EnableWelcomeMessage: true, Prompts: ['Hours?'], Commands: [{ CommandName: 'hours', CommandDescription: 'Opening hours' }] } }),
    requests: [['GetConversationalAutomation', P]],
    result: { enable_welcome_message: true, prompts: ['Hours?'], commands: [{ command_name: 'hours', command_description: 'Opening hours' }] },
  },
  {
    name: 'conversationalAutomation.update (Prompts and Commands as JSON text, PascalCase keys inside)',
    call: (c) =>
      c.phoneNumber(DIGITS).conversationalAutomation.update({
        enable_welcome_message: false,
        prompts: ['Hours?', 'Wo ist mein Paket?'],
        commands: [{ command_name: 'hours', command_description: 'Opening hours' }],
      }),
    requests: [
      [
        'UpdateConversationalAutomation',
        { ...P, EnableWelcomeMessage: 'false', Prompts: '["Hours?","Wo ist mein Paket?"]', Commands: '[{"CommandName":"hours","CommandDescription":"Opening hours"}]' },
      ],
    ],
    result: { success: true },
  },
  {
    name: 'commerce.retrieve (booleans, or "true"/"false")',
    call: (c) => c.phoneNumber(DIGITS).commerce.retrieve(),
    answer: () => camsOk({ Data: { CartEnable: 'false', CatalogVisible: true } }),
    requests: [['GetCommerceSetting', P]],
    result: { is_cart_enabled: false, is_catalog_visible: true },
  },
  {
    name: 'commerce.update with both flags (one call)',
    call: (c) => c.phoneNumber(DIGITS).commerce.update({ is_cart_enabled: true, is_catalog_visible: false }),
    requests: [['UpdateCommerceSetting', { ...P, CartEnable: 'true', CatalogVisible: 'false' }]],
    result: { success: true },
  },
  {
    name: 'commerce.update with one flag (the other read first: both are required)',
    call: (c) => c.phoneNumber(DIGITS).commerce.update({ is_cart_enabled: false }),
    answer: (s) => (s.action === 'GetCommerceSetting' ? camsOk({ Data: { CartEnable: true, CatalogVisible: true } }) : camsOk()),
    requests: [
      ['GetCommerceSetting', P],
      ['UpdateCommerceSetting', { ...P, CartEnable: 'false', CatalogVisible: 'true' }],
    ],
  },
  {
    name: 'webhook.update (HttpFlag/QueueFlag Y/N)',
    call: (c) => c.phoneNumber(DIGITS).webhook.update({ status_callback_url: 'https://h.example/s', inbound_callback_url: 'https://h.example/i', http: true, queue: false }),
    requests: [['UpdatePhoneWebhook', { ...P, HttpFlag: 'Y', QueueFlag: 'N' }]],
    body: [{ StatusCallbackUrl: 'https://h.example/s', UpCallbackUrl: 'https://h.example/i' }],
    result: { success: true },
  },
  {
    name: 'webhook.retrieve (from the number list)',
    call: (c) => c.phoneNumber(DIGITS).webhook.retrieve(),
    answer: () => camsOk({ PhoneNumbers: [{ PhoneNumber: '6590000000', StatusCallbackUrl: 'https://other' }, { PhoneNumber: DIGITS, StatusCallbackUrl: 'https://h.example/s', UpCallbackUrl: '', UpQueue: 'Alicom-Queue-1-ChatAppInbound' }] }),
    requests: [['QueryChatappPhoneNumbers', { CustSpaceId: SPACE }]],
    result: { status_callback_url: 'https://h.example/s', inbound_queue: 'Alicom-Queue-1-ChatAppInbound' },
  },
  {
    name: 'accountWebhook.update',
    call: (c) => c.accountWebhook.update({ status_callback_url: 'https://h.example/a', queue: true }),
    requests: [['UpdateAccountWebhook', { CustSpaceId: SPACE, QueueFlag: 'Y' }]],
    body: [{ StatusCallbackUrl: 'https://h.example/a' }],
    result: { success: true },
  },
  {
    name: 'flowsEncryption.retrieve',
    call: (c) => c.phoneNumber(DIGITS).flowsEncryption.retrieve(),
    answer: () => camsOk({ Data: { PhoneNumber: DIGITS, EncryptionPublicKey: PEM, EncryptionPublicKeyStatus: 'MISMATCH' } }),
    requests: [['GetPhoneEncryptionPublicKey', P]],
    result: { business_public_key: PEM, business_public_key_signature_status: 'MISMATCH' },
  },
  {
    name: 'flowsEncryption.update',
    call: (c) => c.phoneNumber(DIGITS).flowsEncryption.update({ business_public_key: PEM }),
    requests: [['UpdatePhoneEncryptionPublicKey', { ...P, EncryptionPublicKey: PEM }]],
    result: { success: true },
  },
  {
    name: 'metrics.retrieve (Start/End as decimal epoch ms)',
    call: (c) => c.phoneNumber(DIGITS).metrics.retrieve({ start: new Date(Date.UTC(2026, 10, 1)), end: Date.UTC(2026, 10, 2), granularity: 'HALF_HOUR' }),
    answer: () => camsOk({ Data: [{ PhoneNumber: DIGITS, Start: 1_761_955_200_000, End: 1_761_957_000_000, Granularity: 'HALF_HOUR', SentCount: 3, DeliveredCount: '2' }] }),
    requests: [['GetChatappPhoneNumberMetric', { ...P, Start: String(Date.UTC(2026, 10, 1)), End: String(Date.UTC(2026, 10, 2)), Granularity: 'HALF_HOUR' }]],
    result: [{ phone_number: DIGITS, start: 1_761_955_200_000, end: 1_761_957_000_000, granularity: 'HALF_HOUR', sent: 3, delivered: 2 }],
  },
  {
    name: 'settings.retrieve (CallingConfigure, CallHours nesting of the query model)',
    call: (c) => c.phoneNumber(DIGITS).settings.retrieve(),
    answer: () =>
      camsOk({
        PhoneNumbers: [
          {
            PhoneNumber: DIGITS,
            CallingConfigure: {
              Calling: {
                Status: 'ENABLED',
                CallHours: {
                  Status: 'ENABLED',
                  TimezoneId: 'Asia/Singapore',
                  CallIconVisibility: 'DEFAULT',
                  CallbackPermissionStatus: 'ENABLED',
                  WeeklyOperatingHours: [{ DayOfWeek: 'MONDAY', OpenTime: '0900', CloseTime: '1800' }],
                  HolidaySchedule: [{ Date: '2026-12-25', StartTime: '0000', EndTime: '2359' }],
                },
              },
              CallingCallbackUrl: 'https://h.example/calls',
              MaxTalkTime: 600,
            },
          },
        ],
      }),
    requests: [['QueryChatappPhoneNumbers', { CustSpaceId: SPACE }]],
    result: {
      calling: {
        status: 'ENABLED',
        call_icon_visibility: 'DEFAULT',
        callback_permission_status: 'ENABLED',
        call_hours: {
          status: 'ENABLED',
          timezone_id: 'Asia/Singapore',
          weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1800' }],
          holiday_schedule: [{ date: '2026-12-25', start_time: '0000', end_time: '2359' }],
        },
        callback_url: 'https://h.example/calls',
        max_talk_time: 600,
      },
    },
  },
  {
    name: 'settings.retrieve (sync-model nesting: icon and callback under Calling)',
    call: (c) => c.phoneNumber(DIGITS).settings.retrieve(),
    answer: () => camsOk({ PhoneNumbers: [{ PhoneNumber: DIGITS, CallingConfigure: { Calling: { Status: 'DISABLED', CallIconVisibility: 'DISABLE_ALL', CallbackPermissionStatus: 'DISABLED' } } }] }),
    requests: [['QueryChatappPhoneNumbers', { CustSpaceId: SPACE }]],
    result: { calling: { status: 'DISABLED', call_icon_visibility: 'DISABLE_ALL', callback_permission_status: 'DISABLED' } },
  },
  {
    name: 'username.retrieve',
    call: (c) => c.phoneNumber(DIGITS).username.retrieve(),
    answer: () => camsOk({ Data: { Username: 'luckyshrub', Status: 'approved' } }),
    requests: [['GetWhatsappUserName', P]],
    result: { username: 'luckyshrub', status: 'approved' },
  },
  {
    name: 'username.update (TransferAction)',
    call: (c) => c.phoneNumber(DIGITS).username.update({ username: 'luckyshrub', transfer_action: 'force_transfer' }),
    answer: () => camsOk({ Data: { Status: 'reserved' } }),
    requests: [['UpdateWhatsappUserName', { ...P, Username: 'luckyshrub', TransferAction: 'force_transfer' }]],
    result: { username: 'luckyshrub', status: 'reserved' },
  },
  {
    name: 'username.delete',
    call: (c) => c.phoneNumber(DIGITS).username.delete(),
    answer: () => camsOk({ Data: true }),
    requests: [['DeleteWhatsappUserName', P]],
    result: { success: true, deleted: true },
  },
  {
    name: 'username.suggestions',
    call: (c) => c.phoneNumber(DIGITS).username.suggestions(),
    answer: () => camsOk({ Data: ['luckyshrub', 'lucky.shrub'] }),
    requests: [['GetWhatsappUserNameSuggestions', P]],
    result: ['luckyshrub', 'lucky.shrub'],
  },
];

describe('CAMS settings operations match contract §4', () => {
  for (const testCase of CASES) {
    it(`${testCase.name} → ${testCase.requests.map(([a]) => a).join(' + ')}`, async () => {
      const sent = useCams((request) => (testCase.answer ? testCase.answer(request) : camsOk()));
      const result = await testCase.call(makeCamsClient());
      expect(sent.map((s) => s.action)).toEqual(testCase.requests.map(([action]) => action));
      for (const [index, [, params]] of testCase.requests.entries()) {
        expectContract(sent[index]!);
        expect(sent[index]!.queryParams).toEqual(params);
        expect(sent[index]!.bodyParams).toEqual(testCase.body?.[index] ?? {});
        if (sent[index]!.rawBody !== '') expect(sent[index]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
        expect(sent[index]!.url).not.toMatch(/CallbackUrl/);
      }
      if (testCase.result !== undefined) expect(result).toEqual(testCase.result);
    });
  }

  it('optional-channel operations omit CustSpaceId without a channel; required ones refuse before sending', async () => {
    const sent = useCams(() => camsOk({ Data: [] }));
    const phone = makeCamsClient({ custSpaceId: undefined }).phoneNumber(DIGITS);
    await phone.qrCodes.list();
    expect(sent[0]!.queryParams).toEqual({ PhoneNumber: DIGITS });
    await expect(phone.businessProfile.retrieve()).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(phone.commerce.update({ is_cart_enabled: true, is_catalog_visible: true })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(sent).toHaveLength(1);
  });

  it('a CAMS business error on a settings call is an APIError with the CAMS code', async () => {
    useCams(() => ({ RequestId: 'R', Code: 'ERR-OPERATION-MAAP-0085', Message: 'website must start with http', Success: false }));
    const error = await makeCamsClient()
      .phoneNumber(DIGITS)
      .businessProfile.update({ about: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: expect.stringMatching(/Error$/), provider: 'cams' });
  });
});
