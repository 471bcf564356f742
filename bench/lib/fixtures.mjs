// Graph-shaped data for the loopback server and the validation bench. Plain data, no SDK import, so the
// baseline side of every measurement can use it without loading wabakit.

export const WABA_ID = '102290129340398';
export const PHONE_NUMBER_ID = '106540352242922';

/**
 * The largest phone-number node: every field of `PHONE_NUMBER_FIELDS` (contract §3.1) filled in, nested objects
 * included, with values of the size Graph really sends (a certificate is a few hundred base64 characters).
 */
export const FULL_PHONE_NUMBER = Object.freeze({
  id: PHONE_NUMBER_ID,
  display_phone_number: '+1 631-555-5555',
  verified_name: 'Lucky Shrub',
  status: 'CONNECTED',
  quality_rating: 'GREEN',
  quality_score: { score: 'GREEN', date: 1735689600, reasons: [] },
  code_verification_status: 'VERIFIED',
  name_status: 'APPROVED',
  new_display_name: 'Lucky Shrub Garden',
  new_name_status: 'PENDING_REVIEW',
  certificate: 'CmEKHQiN1p7L0ZuuAhIGZW50OndhIgRMdWNreVDL0Iq4BhJAv5QvQyJXkGJ4cL0m'.repeat(5),
  new_certificate: 'CmQKIAjC1p7L0ZuuAhIGZW50OndhIgdMdWNreSBTaHJ1YlDL0Iq4BhJA'.repeat(5),
  account_mode: 'LIVE',
  platform_type: 'CLOUD_API',
  host_platform: 'CLOUD_API',
  throughput: { level: 'STANDARD' },
  whatsapp_business_manager_messaging_limit: 'TIER_2K',
  messaging_limit_tier: 'TIER_1K',
  is_official_business_account: false,
  official_business_account: { oba_status: 'NOT_STARTED' },
  is_pin_enabled: true,
  is_preverified_number: false,
  is_on_biz_app: false,
  last_onboarded_time: '2025-03-14T09:26:53+0000',
  search_visibility: 'VISIBLE',
  eligibility_for_api_business_global_search: 'ELIGIBLE',
  conversational_automation: {
    enable_welcome_message: false,
    prompts: ['Book a flight', 'Plan a vacation', 'Cancel a booking'],
    commands: [
      { command_name: 'tickets', command_description: 'Book flight tickets' },
      { command_name: 'hotel', command_description: 'Book a hotel' },
    ],
    id: PHONE_NUMBER_ID,
  },
  webhook_configuration: {
    phone_number: 'https://example.com/phone-webhook',
    whatsapp_business_account: 'https://example.com/waba-webhook',
    application: 'https://example.com/app-webhook',
  },
  health_status: {
    can_send_message: 'LIMITED',
    entities: [
      { entity_type: 'PHONE_NUMBER', id: PHONE_NUMBER_ID, can_send_message: 'AVAILABLE' },
      {
        entity_type: 'WABA',
        id: WABA_ID,
        can_send_message: 'LIMITED',
        errors: [
          {
            error_code: 141010,
            error_description: 'The Business has not passed business verification.',
            possible_solution: 'Visit business settings and start or resolve the business verification request.',
          },
        ],
      },
      { entity_type: 'BUSINESS', id: '506914307656634', can_send_message: 'AVAILABLE' },
      {
        entity_type: 'APP',
        id: '334536149746281',
        can_send_message: 'LIMITED',
        additional_info: ['Your app has not completed app review for the whatsapp_business_messaging permission.'],
      },
    ],
  },
  country_code: 'US',
  country_dial_code: '1',
  username: 'luckyshrub',
});

/** Every field name of the node above except `id`: what `retrieve({ fields })` asks for in the warm bench. */
export const ALL_FIELDS = Object.keys(FULL_PHONE_NUMBER).filter((name) => name !== 'id');

/** Graph's answer when `fields` is not given (contract §3.1). */
export const DEFAULT_FIELDS = ['display_phone_number', 'verified_name', 'quality_rating'];

/** The `i`-th number of the bench WABA, with only the requested fields, as in a `/phone_numbers` page. */
export function listItem(index, fields) {
  const id = String(200_000_000_000_000 + index);
  const digits = String(1_000_000 + index).slice(-7);
  const full = {
    ...FULL_PHONE_NUMBER,
    id,
    display_phone_number: `+1 631-${digits.slice(0, 3)}-${digits.slice(3)}`,
    verified_name: `Lucky Shrub ${index}`,
    quality_rating: ['GREEN', 'YELLOW', 'RED', 'UNKNOWN'][index % 4],
  };
  const item = { id };
  for (const field of fields) if (field in full) item[field] = full[field];
  return item;
}
