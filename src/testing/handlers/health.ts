import { isRegistered } from '../state/phone-rules.js';
import type { SimStore } from '../state/store.js';
import type { SimPhoneNumber, SimWaba } from '../state/types.js';

/**
 * A simplified `health_status` ([D-HS]): one entity per layer (PHONE_NUMBER, WABA, BUSINESS, APP) and an overall
 * `can_send_message` equal to the worst entity. Rules: an unregistered number is BLOCKED (error 133010); a
 * RED-rated or FLAGGED number and a declined display name are LIMITED; a WABA not APPROVED is BLOCKED.
 * @internal
 */

type SendStatus = 'AVAILABLE' | 'LIMITED' | 'BLOCKED';

interface HealthEntity {
  entity_type: 'PHONE_NUMBER' | 'WABA' | 'BUSINESS' | 'APP';
  id: string;
  can_send_message: SendStatus;
  errors?: { error_code: number; error_description: string; possible_solution: string }[];
  additional_info?: string[];
}

const RANK: Record<SendStatus, number> = { AVAILABLE: 0, LIMITED: 1, BLOCKED: 2 };

function phoneEntity(phone: SimPhoneNumber): HealthEntity {
  if (!isRegistered(phone)) {
    return {
      entity_type: 'PHONE_NUMBER',
      id: phone.id,
      can_send_message: 'BLOCKED',
      errors: [
        {
          error_code: 133010,
          error_description: 'The phone number is not registered on the Cloud API.',
          possible_solution: 'Verify the number and register it with POST /{phone-number-id}/register.',
        },
      ],
    };
  }
  const info: string[] = [];
  if (phone.qualityRating === 'RED' || phone.status === 'FLAGGED') info.push('The phone number has a low quality rating.');
  if (phone.nameStatus === 'DECLINED') info.push('The display name was declined; messages show the phone number only.');
  return info.length === 0
    ? { entity_type: 'PHONE_NUMBER', id: phone.id, can_send_message: 'AVAILABLE' }
    : { entity_type: 'PHONE_NUMBER', id: phone.id, can_send_message: 'LIMITED', additional_info: info };
}

function wabaEntities(store: SimStore, waba: SimWaba, appId: string): HealthEntity[] {
  const approved = waba.accountReviewStatus === 'APPROVED';
  const wabaEntity: HealthEntity = approved
    ? { entity_type: 'WABA', id: waba.id, can_send_message: 'AVAILABLE' }
    : {
        entity_type: 'WABA',
        id: waba.id,
        can_send_message: 'BLOCKED',
        additional_info: [`The WhatsApp Business Account review status is ${waba.accountReviewStatus}.`],
      };
  return [
    wabaEntity,
    { entity_type: 'BUSINESS', id: store.businessOf(waba).id, can_send_message: 'AVAILABLE' },
    { entity_type: 'APP', id: appId, can_send_message: 'AVAILABLE' },
  ];
}

function overall(entities: HealthEntity[]): { can_send_message: SendStatus; entities: HealthEntity[] } {
  let worst: SendStatus = 'AVAILABLE';
  for (const entity of entities) if (RANK[entity.can_send_message] > RANK[worst]) worst = entity.can_send_message;
  return { can_send_message: worst, entities };
}

/** `health_status` of a phone number. */
export function phoneHealth(store: SimStore, phone: SimPhoneNumber, appId: string): unknown {
  return overall([phoneEntity(phone), ...wabaEntities(store, store.wabaOf(phone), appId)]);
}

/** `health_status` of a WABA. */
export function wabaHealth(store: SimStore, waba: SimWaba, appId: string): unknown {
  return overall(wabaEntities(store, waba, appId));
}
