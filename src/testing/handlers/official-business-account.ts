import { DAY_MS } from '../state/phone-rules.js';
import type { SimPhoneNumber } from '../state/types.js';
import { invalidParam } from '../wire/graph-error.js';
import { success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `POST /{phone}/official_business_account` (contract §3.11, [D-OBA]: flat form fields, not [OA23]'s `action`).
 * `{success:true}` means submitted (oba_status PENDING); `sim.review.approveOba/rejectOba` decide. Eligibility
 * checked: two-step PIN on, display name APPROVED, business verified; re-apply 30 days after a rejection.
 * (The "30 days on the platform" rule is not enforced, so tests need no clock jump.) Violations: (#100) + details.
 * @internal
 */

const REAPPLY_AFTER_MS = 30 * DAY_MS;

function apply(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const { params, store, now } = ctx;
  const website = params.required('business_website_url');
  if (!/^https?:\/\/\S+$/.test(website)) throw invalidParam('Param business_website_url must be an http(s) URL');
  params.required('primary_country_of_operation');
  params.required('primary_language');
  const links = params.array('supporting_links');
  if (links !== undefined && links.length > 5) throw invalidParam('Param supporting_links can contain at most 5 links');
  const { oba } = phone;
  if (oba.status === 'APPROVED') throw invalidParam('This phone number is already an Official Business Account');
  if (oba.status === 'PENDING') throw invalidParam('An Official Business Account request for this phone number is already under review');
  if (oba.status === 'REJECTED' && oba.decidedAt !== undefined && now - oba.decidedAt < REAPPLY_AFTER_MS) {
    const days = Math.ceil((oba.decidedAt + REAPPLY_AFTER_MS - now) / DAY_MS);
    throw invalidParam(`The previous request was rejected; apply again in ${days} days`);
  }
  if (phone.pin === undefined) throw invalidParam('Two-step verification must be enabled on the phone number');
  if (phone.nameStatus !== 'APPROVED') throw invalidParam('The display name of the phone number must be approved');
  if (!store.businessOf(store.wabaOf(phone)).verified) throw invalidParam('The business must be verified');
  phone.oba = { status: 'PENDING', submittedAt: now };
  return success();
}

/** @internal */
export const officialBusinessAccountRoutes: EdgeRoutes<SimPhoneNumber> = { POST: apply };
