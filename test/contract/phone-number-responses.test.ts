/**
 * Contract tests: every example response [OA23] documents for the phone-number operations parses with the SDK's
 * response schema. Where the example itself is defective (contract §8, §3.6, §3.8), the patch is applied and named.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { BlockedUserPage, BlockUsersResponse } from '../../src/resources/blocked-users/schemas.js';
import { BusinessProfileList } from '../../src/resources/business-profile/schemas.js';
import { CommerceSettingsList } from '../../src/resources/commerce/schemas.js';
import { ConversationalAutomationNode } from '../../src/resources/conversational-automation/schemas.js';
import { OfficialBusinessAccountNode } from '../../src/resources/official-business-account/schemas.js';
import { QrCodeInfo, QrCodePage } from '../../src/resources/qr-codes/schemas.js';
import { PhoneNumberSettingsInfo } from '../../src/resources/settings/schemas.js';
import { SuccessResponse } from '../../src/schemas/graph.js';
import { PhoneNumberInfo } from '../../src/schemas/phone-number-info.js';
import { operation, responseExamples } from './spec.js';

const NODE = '/{Version}/{Phone-Number-ID}';

interface Row {
  readonly template: string;
  readonly method: 'get' | 'post' | 'delete';
  readonly schema: z.ZodMiniType;
  /** Examples left out, with the reason. */
  readonly skip?: Readonly<Record<string, string>>;
  /** Fixes a defective example before parsing; the reason goes in `patched`. */
  readonly patch?: (value: unknown) => unknown;
  readonly patched?: string;
}

const ROWS: Row[] = [
  // Node reads used by displayNameStatus/throughput/healthStatus, conversationalAutomation.retrieve, officialBusinessAccount.status.
  { template: NODE, method: 'get', schema: PhoneNumberInfo },
  { template: NODE, method: 'get', schema: ConversationalAutomationNode },
  { template: NODE, method: 'get', schema: OfficialBusinessAccountNode },
  // setPin, requestDisplayNameChange, webhook override.
  {
    template: NODE,
    method: 'post',
    schema: SuccessResponse,
    skip: { message_sent: '§8: POST /{phone} answers {success:true}; [OA23]’s oneOf MessageResponse example belongs to /messages' },
  },
  { template: `${NODE}/request_code`, method: 'post', schema: SuccessResponse },
  { template: `${NODE}/verify_code`, method: 'post', schema: SuccessResponse },
  { template: `${NODE}/settings`, method: 'get', schema: PhoneNumberSettingsInfo },
  { template: `${NODE}/settings`, method: 'post', schema: SuccessResponse },
  {
    template: `${NODE}/whatsapp_business_profile`,
    method: 'get',
    schema: BusinessProfileList,
    patched: '§3.6: items are the profile itself ({data:[{about,…}]}), not wrapped in business_profile',
    patch: (value) => {
      const list = value as { data: { business_profile?: unknown }[] };
      return { ...list, data: list.data.map((item) => item.business_profile ?? item) };
    },
  },
  { template: `${NODE}/whatsapp_business_profile`, method: 'post', schema: SuccessResponse },
  { template: `${NODE}/conversational_automation`, method: 'post', schema: SuccessResponse },
  { template: `${NODE}/message_qrdls`, method: 'get', schema: QrCodePage },
  { template: `${NODE}/message_qrdls`, method: 'post', schema: QrCodeInfo },
  // [OA23]'s schema says object, its examples (and contract §3.8) say {data:[…]}: the examples are right.
  { template: `${NODE}/message_qrdls/{QR-Code-ID}`, method: 'get', schema: QrCodePage },
  { template: `${NODE}/message_qrdls/{QR-Code-ID}`, method: 'delete', schema: SuccessResponse },
  { template: `${NODE}/block_users`, method: 'get', schema: BlockedUserPage },
  { template: `${NODE}/block_users`, method: 'post', schema: BlockUsersResponse },
  { template: `${NODE}/block_users`, method: 'delete', schema: BlockUsersResponse },
  { template: `${NODE}/whatsapp_commerce_settings`, method: 'get', schema: CommerceSettingsList },
  { template: `${NODE}/whatsapp_commerce_settings`, method: 'post', schema: SuccessResponse },
  // Its examples carry extra fields (message, tracking_id…); the documented answer is {success:true} [D-OBA].
  { template: `${NODE}/official_business_account`, method: 'post', schema: SuccessResponse },
];

describe('documented example responses parse with the SDK’s schemas', () => {
  for (const row of ROWS) {
    const examples = responseExamples(operation(row.template, row.method));
    it(`${row.method.toUpperCase()} ${row.template} has examples`, () => {
      expect(examples.length).toBeGreaterThan(0);
    });
    for (const example of examples) {
      const reason = row.skip?.[example.name];
      if (reason) {
        it.skip(`${row.method.toUpperCase()} ${row.template} · ${example.name} (${reason})`, () => {});
        continue;
      }
      it(`${row.method.toUpperCase()} ${row.template} · ${example.name}${row.patched ? ` (patched: ${row.patched})` : ''}`, () => {
        const value = row.patch ? row.patch(example.value) : example.value;
        const result = row.schema.safeParse(value);
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      });
    }
  }

  it('the unwrapped business-profile example keeps its fields (the patch does what it says)', () => {
    const [example] = responseExamples(operation(`${NODE}/whatsapp_business_profile`, 'get'));
    const list = example!.value as { data: { business_profile: Record<string, unknown> }[] };
    const parsed = BusinessProfileList.parse({ data: list.data.map((item) => item.business_profile) });
    expect(parsed.data[0]).toMatchObject({ vertical: 'RESTAURANT', websites: ['https://www.business.com', 'https://www.facebook.com/business'] });
  });

  it('QR codes of the examples contain digits outside 2–7, which [OA23]’s pattern forbids (§8)', () => {
    const codes = responseExamples(operation(`${NODE}/message_qrdls`, 'get')).flatMap((e) => ((e.value as { data: { code: string }[] }).data ?? []).map((d) => d.code));
    expect(codes.some((code) => /[0189]/.test(code))).toBe(true);
    expect(codes.every((code) => QrCodeInfo.safeParse({ code }).success)).toBe(true);
  });
});
