import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, metaCode, REGISTERED, setupCams } from './helpers.js';

const phone = { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED };
const PEM = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsim\n-----END PUBLIC KEY-----\n';

describe('CAMS simulator: business profile (contract §4.4)', () => {
  it('ModifyPhoneBusinessProfile then QueryPhoneBusinessProfile round-trips, Websites as JSON text', async () => {
    const s = setupCams();
    expectOk(
      await camsCall(s, 'ModifyPhoneBusinessProfile', {
        ...phone,
        About: 'Plants & pots',
        Address: '1 Orchard Rd',
        Description: 'Open 24/7 * ~ ! ( )',
        Email: 'hi@lucky.example',
        Vertical: 'RETAIL',
        ProfilePictureUrl: 'https://cdn.lucky.example/logo.png',
        Websites: '["https://lucky.example","http://shop.lucky.example/?a=1&b=2"]',
      }),
      true,
    );
    const body = expectOk(await camsCall(s, 'QueryPhoneBusinessProfile', phone), true);
    expect(body.Data).toEqual({
      About: 'Plants & pots',
      Address: '1 Orchard Rd',
      Description: 'Open 24/7 * ~ ! ( )',
      Email: 'hi@lucky.example',
      Vertical: 'RETAIL',
      ProfilePictureUrl: 'https://cdn.lucky.example/logo.png',
      Websites: ['https://lucky.example', 'http://shop.lucky.example/?a=1&b=2'],
    });
  });

  it('refuses a website without http(s) (ERR-OPERATION-MAAP-0085), Meta limits (#100), bad JSON (InvalidWebsites)', async () => {
    const s = setupCams();
    expectBusiness(await camsCall(s, 'ModifyPhoneBusinessProfile', { ...phone, Websites: '["lucky.example"]' }), 'ERR-OPERATION-MAAP-0085', true);
    expect(metaCode(await camsCall(s, 'ModifyPhoneBusinessProfile', { ...phone, Websites: '["https://a","https://b","https://c"]' }))).toBe(100);
    expect(metaCode(await camsCall(s, 'ModifyPhoneBusinessProfile', { ...phone, About: 'x'.repeat(140) }))).toBe(100);
    expect(metaCode(await camsCall(s, 'ModifyPhoneBusinessProfile', { ...phone, Vertical: 'CASINO' }))).toBe(100);
    expectGateway(await camsCall(s, 'ModifyPhoneBusinessProfile', { ...phone, Websites: 'https://lucky.example' }), 'InvalidWebsites');
    expectGateway(await camsCall(s, 'QueryPhoneBusinessProfile', { CustSpaceId: CHANNEL }), 'MissingPhoneNumber');
    // Nothing was applied.
    expect(expectOk(await camsCall(s, 'QueryPhoneBusinessProfile', phone), true).Data.About).toBe('');
  });
});

describe('CAMS simulator: message QR codes (contract §4.6)', () => {
  it('create, update, list, delete', async () => {
    const s = setupCams();
    const created = expectOk(await camsCall(s, 'CreatePhoneMessageQrdl', { ...phone, GenerateQrImage: 'PNG' }, { body: { PrefilledMessage: 'Hi, I want a plant' } }), false);
    const code = created.Data.QrdlCode;
    expect(created.Data).toMatchObject({ PhoneNumber: REGISTERED, PrefilledMessage: 'Hi, I want a plant', GenerateQrImage: 'PNG', DeepLinkUrl: `https://wa.me/message/${code}` });
    expect(code).toMatch(/^[A-Z0-9]{14}$/);
    const updated = expectOk(await camsCall(s, 'UpdatePhoneMessageQrdl', { ...phone, QrdlCode: code, GenerateQrImage: 'SVG', PrefilledMessage: 'Hello' }), false);
    expect(updated.Data).toMatchObject({ QrdlCode: code, PrefilledMessage: 'Hello', GenerateQrImage: 'SVG', QrImageUrl: expect.stringMatching(/\.svg$/) });
    const listed = expectOk(await camsCall(s, 'ListPhoneMessageQrdl', { PhoneNumber: REGISTERED }), false);
    expect(listed.Data).toEqual([updated.Data]);
    expectOk(await camsCall(s, 'DeletePhoneMessageQrdl', { ...phone, QrdlCode: code }), false);
    expect(expectOk(await camsCall(s, 'ListPhoneMessageQrdl', phone), false).Data).toEqual([]);
    expect(metaCode(await camsCall(s, 'DeletePhoneMessageQrdl', { ...phone, QrdlCode: code }))).toBe(100);
  });

  it('refuses a message over 140 characters, a bad image format, a missing code', async () => {
    const s = setupCams();
    expect(metaCode(await camsCall(s, 'CreatePhoneMessageQrdl', { ...phone, GenerateQrImage: 'PNG', PrefilledMessage: 'x'.repeat(141) }))).toBe(100);
    expectGateway(await camsCall(s, 'CreatePhoneMessageQrdl', { ...phone, GenerateQrImage: 'png', PrefilledMessage: 'Hi' }), 'InvalidGenerateQrImage');
    expectGateway(await camsCall(s, 'CreatePhoneMessageQrdl', { ...phone, GenerateQrImage: 'PNG' }), 'MissingPrefilledMessage');
    expectGateway(await camsCall(s, 'UpdatePhoneMessageQrdl', { ...phone, GenerateQrImage: 'PNG', PrefilledMessage: 'Hi' }), 'MissingQrdlCode');
  });
});

describe('CAMS simulator: conversational automation (contract §4.7)', () => {
  it('Update then Get, JSON-text Prompts and Commands with PascalCase keys', async () => {
    const s = setupCams();
    expectOk(
      await camsCall(s, 'UpdateConversationalAutomation', {
        ...phone,
        EnableWelcomeMessage: 'true',
        Prompts: '["Opening hours?","Delivery?"]',
        Commands: '[{"CommandName":"hours","CommandDescription":"Opening hours"}]',
      }),
      true,
    );
    const body = expectOk(await camsCall(s, 'GetConversationalAutomation', phone), true);
    expect(body.Data).toEqual({
      PhoneNumber: REGISTERED,
      EnableWelcomeMessage: true,
      Prompts: ['Opening hours?', 'Delivery?'],
      Commands: [{ CommandName: 'hours', CommandDescription: 'Opening hours' }],
    });
  });

  it('refuses Meta limits (#100) and malformed JSON (gateway)', async () => {
    const s = setupCams();
    expect(metaCode(await camsCall(s, 'UpdateConversationalAutomation', { ...phone, Prompts: '["a","b","c","d","e"]' }))).toBe(100);
    expect(metaCode(await camsCall(s, 'UpdateConversationalAutomation', { ...phone, Prompts: '["Hi 🌱"]' }))).toBe(100);
    expect(metaCode(await camsCall(s, 'UpdateConversationalAutomation', { ...phone, Commands: `[{"CommandName":"${'x'.repeat(33)}","CommandDescription":"d"}]` }))).toBe(100);
    expectGateway(await camsCall(s, 'UpdateConversationalAutomation', { ...phone, Commands: '[{"name":"x"}]' }), 'InvalidCommands');
    expectGateway(await camsCall(s, 'UpdateConversationalAutomation', { ...phone, Prompts: '[1]' }), 'InvalidPrompts');
    expectGateway(await camsCall(s, 'UpdateConversationalAutomation', { ...phone, EnableWelcomeMessage: 'yes' }), 'InvalidEnableWelcomeMessage');
  });
});

describe('CAMS simulator: commerce, webhooks, encryption key (contract §4.4, §4.5)', () => {
  it('UpdateCommerceSetting / GetCommerceSetting with "true"/"false"', async () => {
    const s = setupCams();
    expect(expectOk(await camsCall(s, 'GetCommerceSetting', phone), true).Data).toEqual({ CartEnable: true, CatalogVisible: true });
    expectOk(await camsCall(s, 'UpdateCommerceSetting', { ...phone, CartEnable: 'false', CatalogVisible: 'true' }), true);
    expect(expectOk(await camsCall(s, 'GetCommerceSetting', phone), true).Data).toEqual({ CartEnable: false, CatalogVisible: true });
    expectGateway(await camsCall(s, 'UpdateCommerceSetting', { ...phone, CartEnable: 'false' }), 'MissingCatalogVisible');
  });

  it('UpdatePhoneWebhook shows in the number list; UpdateAccountWebhook is kept on the channel', async () => {
    const s = setupCams();
    expectOk(
      await camsCall(s, 'UpdatePhoneWebhook', { ...phone, HttpFlag: 'Y', QueueFlag: 'Y', StatusCallbackUrl: 'https://hooks.example/status', UpCallbackUrl: 'https://hooks.example/in' }),
      false,
    );
    const row = expectOk(await camsCall(s, 'QueryChatappPhoneNumbers', { CustSpaceId: CHANNEL }), true).PhoneNumbers[0];
    expect(row).toMatchObject({ StatusCallbackUrl: 'https://hooks.example/status', UpCallbackUrl: 'https://hooks.example/in', StatusQueue: expect.stringContaining('ChatAppStatus'), UpQueue: expect.stringContaining('ChatAppInbound') });
    expectGateway(await camsCall(s, 'UpdatePhoneWebhook', { ...phone, HttpFlag: 'yes' }), 'InvalidHttpFlag');
    expectOk(await camsCall(s, 'UpdateAccountWebhook', { CustSpaceId: CHANNEL, HttpFlag: 'Y', StatusCallbackUrl: 'https://hooks.example/account' }), false);
    expect(s.sim.state.channel(CHANNEL)?.accountWebhook).toEqual({ HttpFlag: 'Y', QueueFlag: 'N', StatusCallbackUrl: 'https://hooks.example/account' });
    expectGateway(await camsCall(s, 'UpdateAccountWebhook', {}), 'MissingCustSpaceId');
  });

  it('UpdatePhoneEncryptionPublicKey / GetPhoneEncryptionPublicKey; a non-PEM key is (#100)', async () => {
    const s = setupCams();
    expect(expectOk(await camsCall(s, 'GetPhoneEncryptionPublicKey', phone), false).Data).toEqual({ PhoneNumber: REGISTERED });
    expectOk(await camsCall(s, 'UpdatePhoneEncryptionPublicKey', phone, { body: { EncryptionPublicKey: PEM } }), false);
    expect(expectOk(await camsCall(s, 'GetPhoneEncryptionPublicKey', { PhoneNumber: REGISTERED }), false).Data).toEqual({
      PhoneNumber: REGISTERED,
      EncryptionPublicKey: PEM,
      EncryptionPublicKeyStatus: 'VALID',
    });
    expect(metaCode(await camsCall(s, 'UpdatePhoneEncryptionPublicKey', { ...phone, EncryptionPublicKey: 'not a key' }))).toBe(100);
    expectGateway(await camsCall(s, 'UpdatePhoneEncryptionPublicKey', phone), 'MissingEncryptionPublicKey');
  });
});

describe('CAMS simulator: health and MML (contract §4.2, §4.8)', () => {
  it('GetWhatsappHealthStatus reports the number chain and the worst state, with Meta error codes as strings', async () => {
    const s = setupCams();
    const ok = expectOk(await camsCall(s, 'GetWhatsappHealthStatus', { ...phone, NodeType: 'phone' }), true);
    expect(ok.Data.CanSendMessage).toBe('AVAILABLE');
    expect(ok.Data.Entities.map((e: { EntityType: string }) => e.EntityType)).toEqual(['PHONE_NUMBER', 'WABA', 'BUSINESS', 'APP']);
    s.sim.setHealth(CHANNEL, REGISTERED, { CanSendMessage: 'BLOCKED', Errors: [{ ErrorCode: '141006', ErrorDescription: 'Payment issue', PossibleSolution: 'Add a payment method' }] });
    const blocked = expectOk(await camsCall(s, 'GetWhatsappHealthStatus', { ...phone, NodeType: 'phone' }), true);
    expect(blocked.Data.CanSendMessage).toBe('BLOCKED');
    expect(blocked.Data.Entities[0]).toMatchObject({ PhoneNumber: REGISTERED, WabaId: s.demo.waba.Id, Errors: [{ ErrorCode: '141006' }] });
    const waba = expectOk(await camsCall(s, 'GetWhatsappHealthStatus', { CustSpaceId: CHANNEL, NodeType: 'waba', WabaId: s.demo.waba.Id }), true);
    expect(waba.Data.Entities[0].EntityType).toBe('WABA');
    const template = expectOk(await camsCall(s, 'GetWhatsappHealthStatus', { CustSpaceId: CHANNEL, NodeType: 'template', TemplateCode: 'tpl_1', Language: 'en' }), true);
    expect(template.Data.Entities[0]).toMatchObject({ EntityType: 'MESSAGE_TEMPLATE', TemplateCode: 'tpl_1' });
    expectGateway(await camsCall(s, 'GetWhatsappHealthStatus', { CustSpaceId: CHANNEL, NodeType: 'phone' }), 'MissingPhoneNumber');
    expectGateway(await camsCall(s, 'GetWhatsappHealthStatus', { CustSpaceId: CHANNEL, NodeType: 'node' }), 'InvalidNodeType');
  });

  it('UpdateWabaMmlStatus takes an MM Lite signup code for the bound WABA; QueryMMLActive then answers Y', async () => {
    const s = setupCams();
    expect(expectOk(await camsCall(s, 'QueryMMLActive', {}), true).Data).toBe('N');
    const code = s.sim.embeddedSignup.issueCode({ wabaId: s.demo.waba.Id });
    const foreign = s.sim.embeddedSignup.issueCode({ wabaId: '123' });
    expect(metaCode(await camsCall(s, 'UpdateWabaMmlStatus', { CustSpaceId: CHANNEL, WabaId: s.demo.waba.Id }, { body: { Code: foreign } }))).toBe(100);
    expect(expectOk(await camsCall(s, 'UpdateWabaMmlStatus', { CustSpaceId: CHANNEL, WabaId: s.demo.waba.Id }, { body: { Code: code } }), true)).toHaveProperty('Model', {});
    expect(expectOk(await camsCall(s, 'QueryMMLActive', { CustSpaceId: CHANNEL }), true).Data).toBe('Y');
    expect(expectOk(await camsCall(s, 'QueryChatappBindWaba', {}), true).Data.MarketingMessageLiteStatus).toBe('Y');
    expectGateway(await camsCall(s, 'UpdateWabaMmlStatus', { CustSpaceId: CHANNEL, WabaId: '1', Code: code }), 'Unknown.ResourceOwnerId');
    expectGateway(await camsCall(s, 'UpdateWabaMmlStatus', { CustSpaceId: CHANNEL, WabaId: s.demo.waba.Id }), 'MissingCode');
  });
});
