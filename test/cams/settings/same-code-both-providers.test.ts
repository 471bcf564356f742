/**
 * "Code written for one provider reads the same on the other" (issue #10), checked twice: at compile time (both
 * phone handles are assignable to one structural type with the shared methods and params) and at run time (the
 * same function configures a number on the Graph simulator and on the CAMS simulator, with the same results).
 */
import { describe, expect, it } from 'vitest';
import { CamsClient } from '../../../src/cams/index.js';
import { WabaClient } from '../../../src/client.js';
import type { BusinessProfileInfo } from '../../../src/resources/business-profile/schemas.js';
import type { CommerceSettingsInfo } from '../../../src/resources/commerce/schemas.js';
import type { ConversationalAutomationInfo } from '../../../src/resources/conversational-automation/schemas.js';
import { CAMS_DEMO_KEY, createCamsSimulator, createSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';

/** What both providers' phone handles share: the settings surface with Graph's names and params. */
interface SharedPhone {
  readonly businessProfile: {
    update(p: { about?: string; websites?: string[]; vertical?: 'RETAIL' }): Promise<{ readonly success: boolean }>;
    retrieve(p?: { fields?: ('about' | 'websites' | 'vertical')[] }): Promise<BusinessProfileInfo>;
  };
  readonly conversationalAutomation: {
    update(p: { prompts?: string[]; commands?: { command_name: string; command_description: string }[] }): Promise<unknown>;
    retrieve(): Promise<ConversationalAutomationInfo>;
  };
  readonly commerce: { update(p: { is_cart_enabled?: boolean; is_catalog_visible?: boolean }): Promise<unknown>; retrieve(): Promise<CommerceSettingsInfo> };
  readonly qrCodes: {
    create(p: { prefilled_message: string; generate_qr_image?: 'PNG' | 'SVG' }): Promise<{ code: string; prefilled_message?: string | undefined }>;
    update(code: string, p: { prefilled_message: string }): Promise<{ code: string; prefilled_message?: string | undefined }>;
    retrieve(code: string): Promise<{ code: string; prefilled_message?: string | undefined } | undefined>;
    delete(code: string): Promise<unknown>;
  };
}

async function configure(phone: SharedPhone) {
  await phone.businessProfile.update({ about: 'Succulents, delivered.', websites: ['https://www.luckyshrub.com'], vertical: 'RETAIL' });
  await phone.conversationalAutomation.update({ prompts: ['Opening hours?'], commands: [{ command_name: 'hours', command_description: 'Opening hours' }] });
  await phone.commerce.update({ is_cart_enabled: true, is_catalog_visible: false });
  const qr = await phone.qrCodes.create({ prefilled_message: 'Show me the deals!', generate_qr_image: 'PNG' });
  const updated = await phone.qrCodes.update(qr.code, { prefilled_message: 'Summer deals!' });
  const read = await phone.qrCodes.retrieve(qr.code);
  await phone.qrCodes.delete(qr.code);
  return {
    profile: await phone.businessProfile.retrieve({ fields: ['about', 'websites', 'vertical'] }),
    automation: await phone.conversationalAutomation.retrieve(),
    commerce: await phone.commerce.retrieve(),
    qr: { updated: updated.prefilled_message, read: read?.prefilled_message },
  };
}

const EXPECTED = {
  profile: { about: 'Succulents, delivered.', websites: ['https://www.luckyshrub.com'], vertical: 'RETAIL' },
  automation: { prompts: ['Opening hours?'], commands: [{ command_name: 'hours', command_description: 'Opening hours' }] },
  commerce: { is_cart_enabled: true, is_catalog_visible: false },
  qr: { updated: 'Summer deals!', read: 'Summer deals!' },
};

describe('the same settings code on Graph and on CAMS', () => {
  it('Graph (Graph simulator)', async () => {
    const sim = createSimulator({ clock: manualClock(), seed: 3 });
    sim.seed.token('sdk-token');
    const waba = sim.seed.waba();
    const number = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, pin: '123456' });
    const phone = new WabaClient({ accessToken: 'sdk-token', fetch: sim.fetch, logLevel: 'off' }).phoneNumber(number.id);
    const result = await configure(phone);
    expect(result).toMatchObject(EXPECTED);
  });

  it('CAMS (CAMS simulator)', async () => {
    const sim = createCamsSimulator({ clock: manualClock(Date.now()), seed: 3 });
    const demo = seedCamsDemo(sim);
    const phone = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' }).phoneNumber(
      demo.phoneNumbers.registered.PhoneNumber,
    );
    const result = await configure(phone);
    expect(result).toMatchObject(EXPECTED);
  });
});
