/**
 * Contract tests: every phone-number operation of the resource surface sends what Meta's OpenAPI spec [OA23]
 * documents — method, path template, query parameter names, body property names and required properties —
 * with the patches of contract §8 (and §3.5–§3.11) applied where the spec is wrong. Each patch is named.
 */
import { describe, expect, it } from 'vitest';
import type { WabaClient } from '../../src/client.js';
import {
  expectBodyMatches,
  matchesTemplate,
  operation,
  patchProperties,
  requestBodyVariants,
  type SchemaObject,
} from './spec.js';
import { itMatchesTheSpec, object, sendOnce, str, type ContractCase } from './harness.js';

const PHONE = '106540352242922';
const CODE = 'ANED2T5QRU7HG1';
const NODE = '/{Version}/{Phone-Number-ID}';


const phone = (client: WabaClient) => client.phoneNumber(PHONE);
/** The variants minus the defective one that documents `feature` (it is replaced, not merely supplemented). */
const without = (variants: SchemaObject[], feature: string) => variants.filter((v) => !(feature in ((v['properties'] ?? {}) as object)));

const CASES: ContractCase[] = [
  { name: 'PhoneNumber.setPin', template: NODE, method: 'post', call: (c) => phone(c).setPin({ pin: '012345' }) },
  {
    name: 'PhoneNumber.requestDisplayNameChange',
    template: NODE,
    method: 'post',
    call: (c) => phone(c).requestDisplayNameChange({ new_display_name: 'Lucky Shrub' }),
  },
  {
    name: 'PhoneNumber.updateWebhookOverride',
    template: NODE,
    method: 'post',
    call: (c) => phone(c).updateWebhookOverride({ override_callback_uri: 'https://hooks.example.com/wa', verify_token: 'token-1234' }),
  },
  // The spec's `format: uri` does not allow "", but deleting an override with "" is how Meta documents it ([D-WHO]).
  { name: 'PhoneNumber.removeWebhookOverride', template: NODE, method: 'post', call: (c) => phone(c).removeWebhookOverride() },
  { name: 'PhoneNumber.displayNameStatus', template: NODE, method: 'get', call: (c) => phone(c).displayNameStatus(), answer: { id: PHONE } },
  { name: 'PhoneNumber.throughput', template: NODE, method: 'get', call: (c) => phone(c).throughput(), answer: { id: PHONE } },
  { name: 'PhoneNumber.healthStatus', template: NODE, method: 'get', call: (c) => phone(c).healthStatus(), answer: { id: PHONE } },
  {
    name: 'Verification.requestCode',
    template: `${NODE}/request_code`,
    method: 'post',
    call: (c) => phone(c).verification.requestCode({ code_method: 'SMS', language: 'en_US' }),
  },
  { name: 'Verification.verifyCode', template: `${NODE}/verify_code`, method: 'post', call: (c) => phone(c).verification.verifyCode({ code: '123456' }) },
  {
    name: 'Settings.retrieve',
    template: `${NODE}/settings`,
    method: 'get',
    call: (c) => phone(c).settings.retrieve({ include_sip_credentials: true }),
    answer: {},
  },
  {
    name: 'Settings.setIdentityChangeCheck',
    template: `${NODE}/settings`,
    method: 'post',
    call: (c) => phone(c).settings.setIdentityChangeCheck(true),
    patched: '§8: user_identity_change.enable_identity_key_check, not enabled',
    patch: (variants) => [
      ...without(variants, 'user_identity_change'),
      object({ user_identity_change: object({ enable_identity_key_check: { type: 'boolean' } }, ['enable_identity_key_check']) }, ['user_identity_change']),
    ],
  },
  {
    name: 'Settings.setLocalStorage',
    template: `${NODE}/settings`,
    method: 'post',
    call: (c) => phone(c).settings.setLocalStorage({ status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'BR' }),
    patched: '§8: storage_configuration {status, data_localization_region}, not {enabled, region}',
    patch: (variants) => [
      ...without(variants, 'storage_configuration'),
      object({ storage_configuration: object({ status: str, data_localization_region: str }, ['status']) }, ['storage_configuration']),
    ],
  },
  {
    name: 'Settings.updateCalling',
    template: `${NODE}/settings`,
    method: 'post',
    call: (c) =>
      phone(c).settings.updateCalling({
        status: 'ENABLED',
        call_icon_visibility: 'DEFAULT',
        call_icons: { restrict_to_user_countries: ['BR'] },
        callback_permission_status: 'ENABLED',
        call_hours: {
          status: 'ENABLED',
          timezone_id: 'America/Manaus',
          weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0400', close_time: '1020' }],
          holiday_schedule: [{ date: '2026-01-01', start_time: '0000', end_time: '2359' }],
        },
        sip: { status: 'ENABLED', servers: [{ hostname: 'sip.example.com', port: 5061, request_uri_user_params: { K: 'V' } }] },
        srtp_key_exchange_protocol: 'SDES',
        video: { status: 'ENABLED' },
      }),
    patched:
      '§3.5: [OA23] lists only status/call_icon_visibility in the POST schema (its own examples send sip, video, srtp); the GET shape and Meta’s Calling reference add call_icons, callback_permission_status, call_hours{timezone_id, weekly_operating_hours, holiday_schedule}, sip.servers',
    patch: (variants) =>
      variants.map((variant) => {
        const calling = (variant['properties'] as SchemaObject)['calling'] as SchemaObject | undefined;
        if (!calling) return variant;
        patchProperties(calling, (p) => {
          p['call_icons'] = object({ restrict_to_user_countries: { type: 'array', items: str } });
          p['callback_permission_status'] = str;
          p['call_hours'] = object({
            status: str,
            timezone_id: str,
            weekly_operating_hours: { type: 'array', items: object({ day_of_week: str, open_time: str, close_time: str }) },
            holiday_schedule: { type: 'array', items: object({ date: str, start_time: str, end_time: str }) },
          });
          p['sip'] = object({ status: str, servers: { type: 'array', items: object({ hostname: str, port: { type: 'integer' }, request_uri_user_params: { type: 'object' } }) } });
          p['srtp_key_exchange_protocol'] = str;
          p['video'] = object({ status: str });
        });
        return variant;
      }),
  },
  {
    name: 'Settings.setPayloadEncryption',
    template: `${NODE}/settings`,
    method: 'post',
    call: (c) => phone(c).settings.setPayloadEncryption({ status: 'enabled', client_encryption_key: 'LS0tLS1CRUdJTg==' }),
  },
  {
    name: 'BusinessProfile.retrieve',
    template: `${NODE}/whatsapp_business_profile`,
    method: 'get',
    call: (c) => phone(c).businessProfile.retrieve(),
    answer: { data: [{}] },
  },
  {
    name: 'BusinessProfile.update',
    template: `${NODE}/whatsapp_business_profile`,
    method: 'post',
    call: (c) =>
      phone(c).businessProfile.update({
        about: 'Hi',
        address: '1 Main St',
        description: 'Succulents',
        email: 'a@b.co',
        websites: ['https://a.example'],
        vertical: 'RETAIL',
        profile_picture_handle: '4:abc',
      }),
    patched: '§3.6: description (≤ 512) is a documented profile field the [OA23] POST schema leaves out',
    patch: (variants) => variants.map((v) => patchProperties(v, (p) => (p['description'] = { type: 'string', maxLength: 512 }))),
  },
  {
    name: 'ConversationalAutomation.retrieve',
    template: NODE,
    method: 'get',
    call: (c) => phone(c).conversationalAutomation.retrieve(),
    answer: { id: PHONE },
  },
  {
    name: 'ConversationalAutomation.update',
    template: `${NODE}/conversational_automation`,
    method: 'post',
    call: (c) =>
      phone(c).conversationalAutomation.update({
        enable_welcome_message: true,
        prompts: ['a', 'b', 'c', 'd'],
        commands: [{ command_name: 'tickets', command_description: 'Book tickets' }],
      }),
  },
  {
    name: 'QrCodes.create',
    template: `${NODE}/message_qrdls`,
    method: 'post',
    call: (c) => phone(c).qrCodes.create({ prefilled_message: 'Hi', generate_qr_image: 'SVG' }),
    answer: { code: CODE },
  },
  {
    name: 'QrCodes.update',
    template: `${NODE}/message_qrdls`,
    method: 'post',
    call: (c) => phone(c).qrCodes.update(CODE, { prefilled_message: 'Hi' }),
    answer: { code: CODE },
  },
  {
    name: 'QrCodes.list',
    template: `${NODE}/message_qrdls`,
    method: 'get',
    call: (c) => phone(c).qrCodes.list({ fields: ['prefilled_message', 'qr_image_url.format(PNG)'], code: CODE, limit: 10 }).then((p) => p),
    answer: { data: [] },
  },
  {
    name: 'QrCodes.retrieve',
    template: `${NODE}/message_qrdls/{QR-Code-ID}`,
    method: 'get',
    call: (c) => phone(c).qrCodes.retrieve(CODE, { fields: ['deep_link_url'] }),
    answer: { data: [] },
  },
  { name: 'QrCodes.delete', template: `${NODE}/message_qrdls/{QR-Code-ID}`, method: 'delete', call: (c) => phone(c).qrCodes.delete(CODE) },
  {
    name: 'BlockedUsers.block',
    template: `${NODE}/block_users`,
    method: 'post',
    call: (c) => phone(c).blockedUsers.block(['+16505551234']),
    answer: { block_users: { added_users: [] } },
  },
  {
    name: 'BlockedUsers.list',
    template: `${NODE}/block_users`,
    method: 'get',
    call: (c) => phone(c).blockedUsers.list({ limit: 10 }).then((p) => p),
    answer: { data: [] },
    extraQuery: ['limit', 'after', 'before'],
  },
  { name: 'CommerceSettings.retrieve', template: `${NODE}/whatsapp_commerce_settings`, method: 'get', call: (c) => phone(c).commerce.retrieve(), answer: { data: [{}] } },
  {
    name: 'CommerceSettings.update',
    template: `${NODE}/whatsapp_commerce_settings`,
    method: 'post',
    call: (c) => phone(c).commerce.update({ is_cart_enabled: true, is_catalog_visible: false }),
  },
  {
    name: 'OfficialBusinessAccount.apply',
    template: `${NODE}/official_business_account`,
    method: 'post',
    call: (c) =>
      phone(c).officialBusinessAccount.apply({
        business_website_url: 'https://www.luckyshrub.com',
        primary_country_of_operation: 'United States of America',
        primary_language: 'English',
        parent_business_or_brand: 'Lucky Shrub LLC',
        supporting_links: ['https://news.example.com/a'],
        additional_supporting_information: 'Featured in Prickly Digest',
      }),
    patched: '§8 / §3.11: the body is the flat form of [D-OBA], not [OA23]’s action/application_data',
    patch: () => [
      object(
        {
          business_website_url: str,
          primary_country_of_operation: str,
          primary_language: str,
          parent_business_or_brand: str,
          supporting_links: { type: 'array', items: str, maxItems: 5 },
          additional_supporting_information: str,
        },
        ['business_website_url'],
      ),
    ],
  },
  {
    name: 'OfficialBusinessAccount.status',
    template: NODE,
    method: 'get',
    call: (c) => phone(c).officialBusinessAccount.status(),
    answer: { id: PHONE },
  },
];



describe('phone-number operations match the OpenAPI spec (patched per contract §8)', () => {
  itMatchesTheSpec(CASES);

  it('unblock sends the documented block_users/messaging_product names in a JSON body', async () => {
    const op = operation(`${NODE}/block_users`, 'delete');
    const request = await sendOnce({
      name: 'BlockedUsers.unblock',
      template: `${NODE}/block_users`,
      method: 'delete',
      call: (c) => phone(c).blockedUsers.unblock(['+16505551234']),
      answer: { block_users: { removed_users: [] } },
    });
    expect(request.method).toBe('DELETE');
    expect(matchesTemplate(`${NODE}/block_users`, request.path)).toBe(true);
    expect(request.query['block_users']).toBeUndefined();
    const { appsecret_proof: _proof, ...params } = (request.body ?? {}) as Record<string, unknown>;
    expectBodyMatches(requestBodyVariants(op), params);
    expect(params).toEqual({ messaging_product: 'whatsapp', block_users: [{ user: '+16505551234' }] });
  });

  it('the spec still has the defects the patches above rely on (so a fixed spec is noticed)', () => {
    const settings = requestBodyVariants(operation(`${NODE}/settings`, 'post'));
    const identity = settings.find((v) => 'user_identity_change' in ((v['properties'] ?? {}) as object));
    expect(Object.keys(((identity!['properties'] as SchemaObject)['user_identity_change'] as SchemaObject)['properties'] as object)).toEqual(['enabled']);
    const oba = requestBodyVariants(operation(`${NODE}/official_business_account`, 'post'))[0]!;
    expect(oba['required']).toEqual(['action']);
    const automation = requestBodyVariants(operation(`${NODE}/conversational_automation`, 'post'))[0]!;
    expect(((automation['properties'] as SchemaObject)['prompts'] as SchemaObject)['maxItems']).toBe(3);
  });
});
