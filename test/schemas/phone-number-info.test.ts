import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import * as z from 'zod/mini';
import { paged, type OpenEnum } from '../../src/schemas/graph.js';
import * as enums from '../../src/schemas/phone-number-enums.js';
import { PHONE_NUMBER_FIELDS, PhoneNumberInfo, type PhoneNumberField } from '../../src/schemas/phone-number-info.js';
import { looseObject, optionalArray, optionalBoolean, optionalString } from '../../src/schemas/shape.js';
import {
  documentedFullNode,
  getAccountNumberExamples,
  getPhoneNumberExamples,
  listPhoneNumbersExamples,
} from './fixtures/phone-number-examples.js';
import { near } from '../helpers/schema-values.js';
import { expectSameOutcome, jsonSchemas } from './oracle.js';

// The oracle: PhoneNumberInfo as it was before its open enums became hand-checked leaves (issue #12), verbatim but for
// comments (the shape helpers of schemas/shape.ts are unchanged). The schema must do exactly what this did.
function oracleOpenEnum<const Known extends readonly [string, ...string[]]>(values: Known) {
  const message = 'must be a string';
  return z.union([z.enum(values), z.string(message)], message) as unknown as z.ZodMiniType<OpenEnum<Known[number]>, string>;
}
const PhoneNumberStatus = oracleOpenEnum(['PENDING', 'DELETED', 'MIGRATED', 'BANNED', 'RESTRICTED', 'RATE_LIMITED', 'FLAGGED', 'CONNECTED', 'DISCONNECTED', 'UNKNOWN', 'UNVERIFIED']);
const QualityRating = oracleOpenEnum(['GREEN', 'YELLOW', 'RED', 'NA', 'UNKNOWN']);
const CodeVerificationStatus = oracleOpenEnum(['NOT_VERIFIED', 'VERIFIED', 'EXPIRED']);
const NameStatus = oracleOpenEnum(['APPROVED', 'AVAILABLE_WITHOUT_REVIEW', 'DECLINED', 'EXPIRED', 'PENDING_REVIEW', 'NONE']);
const AccountMode = oracleOpenEnum(['SANDBOX', 'LIVE']);
const PlatformType = oracleOpenEnum(['CLOUD_API', 'ON_PREMISE', 'NOT_APPLICABLE']);
const ThroughputLevel = oracleOpenEnum(['STANDARD', 'HIGH', 'NOT_APPLICABLE']);
const MessagingLimitTier = oracleOpenEnum(['TIER_50', 'TIER_250', 'TIER_1K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED']);
const BusinessMessagingLimit = oracleOpenEnum(['TIER_250', 'TIER_2K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED', 'UNTIERED']);
const SearchVisibility = oracleOpenEnum(['VISIBLE', 'HIDDEN']);
const ObaStatus = oracleOpenEnum(['NOT_STARTED', 'PENDING', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'EXPIRED', 'CANCELLED']);
const HealthSendStatus = oracleOpenEnum(['AVAILABLE', 'LIMITED', 'BLOCKED']);
const HealthEntityType = oracleOpenEnum(['PHONE_NUMBER', 'WABA', 'BUSINESS', 'APP', 'MESSAGE_TEMPLATE']);
const str = optionalString;
const bool = optionalBoolean;
const strings = () => optionalArray(z.string('must be a string'));

const HealthError = looseObject({
  error_code: z.optional(z.number('must be a number')),
  error_description: str(),
  possible_solution: str(),
});

const HealthEntity = looseObject({
  entity_type: z.optional(HealthEntityType),
  id: str(),
  can_send_message: z.optional(HealthSendStatus),
  can_receive_call_sip: z.optional(HealthSendStatus),
  additional_info: strings(),
  errors: optionalArray(HealthError),
});

const HealthStatus = looseObject({
  can_send_message: z.optional(HealthSendStatus),
  entities: optionalArray(HealthEntity),
});

const OraclePhoneNumberInfo = looseObject({
  id: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
  display_phone_number: str(),
  verified_name: str(),
  status: z.optional(PhoneNumberStatus),
  quality_rating: z.optional(QualityRating),
  quality_score: z.optional(looseObject({})),
  code_verification_status: z.optional(CodeVerificationStatus),
  name_status: z.optional(NameStatus),
  new_display_name: str(),
  new_name_status: z.optional(NameStatus),
  certificate: str(),
  new_certificate: str(),
  account_mode: z.optional(AccountMode),
  platform_type: z.optional(PlatformType),
  host_platform: z.optional(PlatformType),
  throughput: z.optional(looseObject({ level: z.optional(ThroughputLevel) })),
  whatsapp_business_manager_messaging_limit: z.optional(BusinessMessagingLimit),
  messaging_limit_tier: z.optional(MessagingLimitTier),
  is_official_business_account: bool(),
  official_business_account: z.optional(looseObject({ oba_status: z.optional(ObaStatus) })),
  is_pin_enabled: bool(),
  is_preverified_number: bool(),
  is_on_biz_app: bool(),
  last_onboarded_time: str(),
  search_visibility: z.optional(SearchVisibility),
  eligibility_for_api_business_global_search: str(),
  conversational_automation: z.optional(
    looseObject({
      prompts: strings(),
      commands: optionalArray(looseObject({ command_name: str(), command_description: str() })),
      enable_welcome_message: bool(),
    }),
  ),
  webhook_configuration: z.optional(
    looseObject({ phone_number: str(), whatsapp_business_account: str(), application: str() }),
  ),
  health_status: z.optional(HealthStatus),
  country_code: str(),
  country_dial_code: str(),
  username: z.optional(z.nullable(z.string('must be a string'))),
});


const ORACLE_ENUMS = {
  PhoneNumberStatus, QualityRating, CodeVerificationStatus, NameStatus, AccountMode, PlatformType, ThroughputLevel,
  MessagingLimitTier, BusinessMessagingLimit, SearchVisibility, ObaStatus, HealthSendStatus, HealthEntityType,
};

describe('PhoneNumberInfo and its open enums against their former zod forms (oracle)', () => {
  it('same output, issues, ValidationError and accepts-as-is answer for any node or page', () => {
    const OraclePage = paged(OraclePhoneNumberInfo);
    const Page = paged(PhoneNumberInfo);
    fc.assert(
      fc.property(fc.oneof(near(OraclePhoneNumberInfo), fc.anything()), (value) => expectSameOutcome(PhoneNumberInfo, OraclePhoneNumberInfo, value)),
      { numRuns: 1500 },
    );
    fc.assert(fc.property(near(OraclePage), (value) => expectSameOutcome(Page, OraclePage, value)), { numRuns: 300 });
    for (const example of [...Object.values(getPhoneNumberExamples), documentedFullNode]) expectSameOutcome(PhoneNumberInfo, OraclePhoneNumberInfo, example);
  });

  it('same JSON Schema for every target and direction', () => {
    expect(jsonSchemas(PhoneNumberInfo)).toEqual(jsonSchemas(OraclePhoneNumberInfo));
  });

  it.each(Object.entries(ORACLE_ENUMS))('%s: same outcome for any value and same JSON Schema', (name, oracle) => {
    const schema = (enums as unknown as Record<string, z.ZodMiniType>)[name]!;
    fc.assert(fc.property(fc.oneof(near(oracle), fc.anything()), (value) => expectSameOutcome(schema, oracle, value)), { numRuns: 200 });
    expect(jsonSchemas(schema)).toEqual(jsonSchemas(oracle));
  });

  it('every exported enum is compared', () => {
    expect(Object.keys(enums).sort()).toEqual(Object.keys(ORACLE_ENUMS).sort());
  });

  it('has the types of the former forms', () => {
    expectTypeOf<z.infer<typeof PhoneNumberInfo>>().toEqualTypeOf<z.infer<typeof OraclePhoneNumberInfo>>();
    expectTypeOf<z.input<typeof PhoneNumberInfo>>().toEqualTypeOf<z.input<typeof OraclePhoneNumberInfo>>();
    expectTypeOf(PhoneNumberInfo).toEqualTypeOf(OraclePhoneNumberInfo);
    expectTypeOf(enums.NameStatus).toEqualTypeOf(NameStatus);
    expectTypeOf(enums.HealthEntityType).toEqualTypeOf(HealthEntityType);
  });
});

const PhoneNumberPage = paged(PhoneNumberInfo);

describe('PhoneNumberInfo', () => {
  it.each(Object.entries({ ...getPhoneNumberExamples, ...getAccountNumberExamples }))(
    'parses the spec example %s unchanged',
    (_name, example) => {
      expect(PhoneNumberInfo.parse(example)).toEqual(example);
    },
  );

  it.each(Object.entries(listPhoneNumbersExamples))('parses the list example %s unchanged', (_name, example) => {
    expect(PhoneNumberPage.parse(example)).toEqual(example);
  });

  it('keeps the §8 defect values (NA, UNKNOWN, NOT_VERIFIED, LINKED) and username null', () => {
    const [first, second] = PhoneNumberPage.parse(listPhoneNumbersExamples.multiple_phone_numbers).data;
    expect(first?.status).toBe('LINKED');
    expect(second).toMatchObject({ quality_rating: 'UNKNOWN', code_verification_status: 'NOT_VERIFIED', username: null });
    expect(PhoneNumberInfo.parse(getAccountNumberExamples.unverified_account_number).quality_rating).toBe('NA');
  });

  it('keeps the undeclared unified_cert_status field', () => {
    const [first] = PhoneNumberPage.parse(listPhoneNumbersExamples.multiple_phone_numbers).data;
    expect(first?.['unified_cert_status']).toBe('APPROVED');
  });

  it('parses a fully documented node with nested objects unchanged', () => {
    const parsed = PhoneNumberInfo.parse(documentedFullNode);
    expect(parsed).toEqual(documentedFullNode);
    expect(parsed.health_status?.entities?.[1]?.errors?.[0]?.error_code).toBe(141010);
  });

  it('needs nothing but a non-empty string id', () => {
    expect(PhoneNumberInfo.parse({ id: '1' })).toEqual({ id: '1' });
    for (const value of [{}, { id: 1 }, { id: '' }, null, 'id']) {
      expect(PhoneNumberInfo.safeParse(value).success).toBe(false);
    }
  });

  it('keeps unknown values of every open enum', () => {
    const enumPaths: [string, (v: string) => Record<string, unknown>][] = [
      ['status', (v) => ({ status: v })],
      ['quality_rating', (v) => ({ quality_rating: v })],
      ['code_verification_status', (v) => ({ code_verification_status: v })],
      ['name_status', (v) => ({ name_status: v })],
      ['new_name_status', (v) => ({ new_name_status: v })],
      ['account_mode', (v) => ({ account_mode: v })],
      ['platform_type', (v) => ({ platform_type: v })],
      ['host_platform', (v) => ({ host_platform: v })],
      ['throughput.level', (v) => ({ throughput: { level: v } })],
      ['messaging_limit_tier', (v) => ({ messaging_limit_tier: v })],
      ['whatsapp_business_manager_messaging_limit', (v) => ({ whatsapp_business_manager_messaging_limit: v })],
      ['search_visibility', (v) => ({ search_visibility: v })],
      ['official_business_account.oba_status', (v) => ({ official_business_account: { oba_status: v } })],
      ['health_status.can_send_message', (v) => ({ health_status: { can_send_message: v } })],
      [
        'health_status.entities[].entity_type',
        (v) => ({ health_status: { entities: [{ entity_type: v, can_send_message: v, can_receive_call_sip: v }] } }),
      ],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...enumPaths), fc.string(), ([, build], value) => {
        const node = { id: '106540352242922', ...build(value) };
        expect(PhoneNumberInfo.parse(node)).toEqual(node);
      }),
      { numRuns: 300 },
    );
  });

  it('tolerates unknown extra fields at the top level and in nested objects', () => {
    const known = new Set<string>([...PHONE_NUMBER_FIELDS, '__proto__', 'constructor']);
    const extraKey = fc.string({ minLength: 1 }).filter((key) => !known.has(key));
    fc.assert(
      fc.property(extraKey, fc.jsonValue(), (key, value) => {
        const node = {
          ...documentedFullNode,
          [key]: value,
          throughput: { level: 'HIGH', [key]: value },
          health_status: { can_send_message: 'AVAILABLE', [key]: value },
        };
        expect(PhoneNumberInfo.parse(node)).toEqual(node);
      }),
    );
  });

  it('still rejects wrong types on declared fields, naming the path', () => {
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ is_pin_enabled: 'true' }, ['is_pin_enabled']],
      [{ quality_rating: 3 }, ['quality_rating']],
      [{ throughput: 'HIGH' }, ['throughput']],
      [{ health_status: { entities: [{ errors: [{ error_code: 'x' }] }] } }, ['health_status', 'entities', 0, 'errors', 0, 'error_code']],
      [{ conversational_automation: { prompts: 'hello' } }, ['conversational_automation', 'prompts']],
    ];
    for (const [fields, path] of cases) {
      const result = PhoneNumberInfo.safeParse({ id: '1', ...fields });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(path);
      expect(result.error?.issues[0]?.message).toMatch(/^must be /);
    }
  });

  it('types enums as open literal unions', () => {
    expectTypeOf<'CONNECTED'>().toExtend<NonNullable<PhoneNumberInfo['status']>>();
    expectTypeOf<'SOMETHING_NEW'>().toExtend<NonNullable<PhoneNumberInfo['status']>>();
    expectTypeOf<PhoneNumberInfo['id']>().toEqualTypeOf<string>();
  });
});

describe('PHONE_NUMBER_FIELDS', () => {
  it('lists every declared field of PhoneNumberInfo exactly once', () => {
    expect(new Set(PHONE_NUMBER_FIELDS).size).toBe(PHONE_NUMBER_FIELDS.length);
    expect([...PHONE_NUMBER_FIELDS].sort()).toEqual(Object.keys(PhoneNumberInfo.shape).sort());
    expectTypeOf<PhoneNumberField>().toEqualTypeOf<keyof typeof PhoneNumberInfo.shape>();
  });

  it('leaves out unified_cert_status, which Graph rejects live (contract §8)', () => {
    expect(PHONE_NUMBER_FIELDS).not.toContain('unified_cert_status');
  });

  it('contains the contract §3.1 fields', () => {
    for (const field of [
      'id', 'display_phone_number', 'verified_name', 'status', 'quality_rating', 'code_verification_status',
      'name_status', 'new_name_status', 'account_mode', 'platform_type', 'throughput',
      'whatsapp_business_manager_messaging_limit', 'messaging_limit_tier', 'official_business_account',
      'health_status', 'is_on_biz_app', 'last_onboarded_time', 'webhook_configuration', 'username',
    ]) {
      expect(PHONE_NUMBER_FIELDS).toContain(field);
    }
  });
});

// The fixtures above are verbatim copies; when the workspace has Meta's spec next to the repo, prove they have
// not drifted and parse the spec's own examples directly.
const SPEC = join(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'business-messaging-api_v23.0.yaml');

describe.skipIf(!existsSync(SPEC))('[OA23] examples straight from the spec file', () => {
  type Examples = Record<string, { value: unknown }>;
  const examplesOf = (path: string): Record<string, unknown> => {
    const spec = parseYaml(readFileSync(SPEC, 'utf8')) as {
      paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { examples: Examples } } } } } }>;
    };
    const examples = spec.paths[path]?.get.responses[200].content['application/json'].examples ?? {};
    return Object.fromEntries(Object.entries(examples).map(([name, { value }]) => [name, value]));
  };

  it('match the fixtures and parse', () => {
    const node = examplesOf('/{Version}/{Phone-Number-ID}');
    const account = examplesOf('/{Version}/{WhatsApp-Account-Number-ID}');
    const list = examplesOf('/{Version}/{WABA-ID}/phone_numbers');
    expect(node).toEqual(getPhoneNumberExamples);
    expect(account).toEqual(getAccountNumberExamples);
    expect(list).toEqual(listPhoneNumbersExamples);
    for (const example of [...Object.values(node), ...Object.values(account)]) {
      expect(PhoneNumberInfo.parse(example)).toEqual(example);
    }
    for (const example of Object.values(list)) expect(PhoneNumberPage.parse(example)).toEqual(example);
  });
});
