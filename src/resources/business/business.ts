import type { GraphRequester } from '../../core/requester.js';
import { parseOrThrow } from '../../internal/validate.js';
import { BusinessId } from '../../schemas/ids.js';
import { APIResource } from '../resource.js';
import { BusinessWabas } from './business-wabas.js';
import { PreverifiedNumbers } from './preverified-numbers.js';

/**
 * A Meta business portfolio (Business Manager), bound to its id: `client.business(id)` — its WABAs and its
 * pre-verified numbers. Calls need a token with `business_management`.
 *
 * @example
 * const business = client.business('506914307656634');
 * const owned = await business.ownedWabas.list({ fields: ['name', 'account_review_status'] });
 */
export class Business extends APIResource {
  /** The business portfolio id. */
  readonly id: string;
  /** WABAs the portfolio owns (`/owned_whatsapp_business_accounts`). */
  readonly ownedWabas: BusinessWabas;
  /** WABAs clients shared with the portfolio (`/client_whatsapp_business_accounts`), e.g. through Embedded Signup. */
  readonly clientWabas: BusinessWabas;
  /** Pre-verified phone numbers of the portfolio. */
  readonly preverifiedNumbers: PreverifiedNumbers;

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id.
   */
  constructor(client: GraphRequester, id: string) {
    super(client);
    this.id = parseOrThrow(BusinessId, id, 'request', { subject: 'business id' });
    this.ownedWabas = new BusinessWabas(client, this.id, 'owned_whatsapp_business_accounts');
    this.clientWabas = new BusinessWabas(client, this.id, 'client_whatsapp_business_accounts');
    this.preverifiedNumbers = new PreverifiedNumbers(client, this.id);
  }
}
