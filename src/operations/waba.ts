import { WabaPhoneNumberAddParams } from '../resources/waba/phone-numbers-schemas.js';
import { defineOperation } from './define.js';

/**
 * Add a number to the WABA — a repeated add can fail as a duplicate or count against the number cap: never
 * retried. Graph's params allow the migrate flag and a pre-verified id; CAMS narrows them to
 * `cc`, `phone_number`, `verified_name` (`AddChatappPhoneNumber`, contract §4.2).
 */
export const addPhoneNumber = defineOperation({ name: 'WabaPhoneNumbers.add', retry: 'never', params: WabaPhoneNumberAddParams });
