import { Seeder } from '../seed.js';
import type { SimPhoneNumber, SimWaba } from '../state/types.js';
import { graphError, invalidParam } from '../wire/graph-error.js';
import { ok, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `POST /{waba}/phone_numbers` (contract §2.2): add a number (`cc`, `phone_number` without country code,
 * `verified_name`) or start a migration (`migrate_phone_number: true`). Answers `{id}`.
 *
 * Errors: the number already on this WABA → 2388012; migration of a number that is on no other WABA, not
 * released by its source, or whose display name is not approved → 2388103 with `details`; a plain add of a
 * number that lives on another WABA → (#100) telling to migrate. The WABA must be APPROVED (domain.md).
 * @internal
 */

function migrationBlocked(details: string): Error {
  return graphError(2388103, details);
}

function sourceCheck(source: SimPhoneNumber | undefined): SimPhoneNumber {
  if (!source) {
    throw migrationBlocked(
      'The phone number is not registered on another WhatsApp Business Account and can be added directly: send the request without migrate_phone_number.',
    );
  }
  if (!source.releasedForMigration) {
    throw migrationBlocked(
      'The source WhatsApp Business Account has not released this phone number. Its owner must disable two-step verification and release the number first.',
    );
  }
  if (source.newNameStatus === 'PENDING_REVIEW') {
    throw migrationBlocked('The phone number has a pending display name change; wait for the review to finish.');
  }
  if (source.nameStatus !== 'APPROVED' && source.nameStatus !== 'AVAILABLE_WITHOUT_REVIEW') {
    throw migrationBlocked('The display name of the phone number is not approved.');
  }
  return source;
}

/** @internal */
export function addPhoneNumber(ctx: HandlerContext, waba: SimWaba): HandlerResult {
  const { params, store } = ctx;
  const cc = params.required('cc').replace(/^\+/, '');
  if (!/^[0-9]{1,3}$/.test(cc)) throw invalidParam('Param cc must be a country calling code of 1 to 3 digits');
  const raw = params.required('phone_number');
  if (raw.trim().startsWith('+')) throw invalidParam('Param phone_number must not include the country code or "+"');
  const national = raw.replace(/[\s().-]/g, '');
  if (!/^[0-9]{4,14}$/.test(national)) throw invalidParam('Param phone_number must be 4 to 14 digits, without the country code');
  const migrate = params.bool('migrate_phone_number') ?? false;
  const sameNumber = store
    .phoneNumbers()
    .filter((phone) => phone.cc === cc && phone.nationalNumber === national && phone.status !== 'MIGRATED');
  if (sameNumber.some((phone) => phone.wabaId === waba.id)) {
    throw graphError(2388012, "The phone number is already in this WhatsApp Business Account's phone number list.");
  }
  if (waba.accountReviewStatus !== 'APPROVED') {
    const details = `The WhatsApp Business Account is not approved (account_review_status ${waba.accountReviewStatus}).`;
    throw migrate ? migrationBlocked(details) : invalidParam(details);
  }
  const elsewhere = sameNumber.find((phone) => phone.wabaId !== waba.id);
  const seeder = new Seeder(store);
  if (!migrate) {
    if (elsewhere) {
      throw invalidParam(
        'The phone number is already on another WhatsApp Business Account. Migrate it with migrate_phone_number: true.',
      );
    }
    const name = params.required('verified_name');
    if (name.length < 2 || name.length > 75) throw invalidParam('Param verified_name must be 2 to 75 characters long');
    const phone = seeder.phoneNumber({ wabaId: waba.id, cc, phoneNumber: national, verifiedName: name, nameStatus: 'PENDING_REVIEW' });
    return ok({ id: phone.id });
  }
  const source = sourceCheck(elsewhere);
  const phone = seeder.phoneNumber({
    wabaId: waba.id,
    cc,
    phoneNumber: national,
    verifiedName: source.verifiedName,
    nameStatus: source.nameStatus,
    qualityRating: source.qualityRating,
    accountMode: source.accountMode === 'SANDBOX' ? 'SANDBOX' : 'LIVE',
    throughputLevel: source.throughputLevel,
    messagingLimitTier: source.messagingLimitTier,
  });
  // Migration keeps the display name, quality rating, limits and OBA status (domain.md "Migration").
  phone.oba = { ...source.oba };
  phone.migratedFromId = source.id;
  return ok({ id: phone.id });
}
