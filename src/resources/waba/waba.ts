import type { WabaClient } from '../../client.js';
import { parseOrThrow } from '../../internal/validate.js';
import { WabaId } from '../../schemas/ids.js';
import { APIResource } from '../resource.js';
import { WabaPhoneNumbers } from './phone-numbers.js';

/**
 * One WhatsApp Business Account, bound to its id: `client.waba(id)`.
 *
 * @example
 * const waba = client.waba('102290129340398');
 * const first = await waba.phoneNumbers.list({ fields: ['status'] });
 */
export class Waba extends APIResource {
  /** The WABA id. */
  readonly id: string;
  /** The WABA's phone numbers: list (and, with the resource surface, add). */
  readonly phoneNumbers: WabaPhoneNumbers;

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id.
   */
  constructor(client: WabaClient, id: string) {
    super(client);
    this.id = parseOrThrow(WabaId, id, 'request', { subject: 'WABA id' });
    this.phoneNumbers = new WabaPhoneNumbers(client, id);
  }
}
