// Walks a `messages` webhook payload for identity key hashes (contract §5, [D-PN] "Identity change check"):
// - `value.contacts[].identity_key_hash` with `wa_id` on incoming messages;
// - `value.statuses[].recipient_identity_key_hash` with `recipient_id` on statuses.
// Webhook bodies are untrusted JSON: nothing here throws, anything malformed is skipped. @internal

/** One hash seen in a webhook. @internal */
export interface IdentityObservation {
  readonly waId: string;
  readonly hash: string;
  /** Event time in epoch ms, when the payload says; otherwise undefined. */
  readonly observedAt: number | undefined;
  /** `value.metadata.phone_number_id` of the change, when present. */
  readonly phoneNumberId: string | undefined;
}

/** Meta's identity-mismatch code (contract §7.3). */
export const IDENTITY_MISMATCH_CODE = 137000;

const WA_ID = /^[0-9]{1,20}$/;
// Hashes are short base64 strings (`DF2lS5v2W6x=`); bound the length so a hostile payload cannot fill the store.
const HASH = /^[A-Za-z0-9+/=_-]{1,512}$/;

type Json = Record<string, unknown>;

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((item): item is Json => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];
}

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Webhook timestamps are epoch seconds, as strings or numbers. */
export function epochMs(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && /^[0-9]{1,12}$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** True when a status reports the 137000 identity mismatch. */
export function hasMismatch(status: Json): boolean {
  return objects(status['errors']).some((error) => error['code'] === IDENTITY_MISMATCH_CODE);
}

/** Every `value` of every change of a webhook payload (or a bare `value`, or a bare change). */
export function changeValues(payload: unknown): Json[] {
  const root = asObject(payload);
  if (!root) return [];
  if (Array.isArray(root['entry'])) {
    return objects(root['entry']).flatMap((entry) => objects(entry['changes']).map((change) => asObject(change['value'])).filter((v): v is Json => v !== undefined));
  }
  const value = asObject(root['value']);
  return [value ?? root];
}

/** The statuses of a payload, each with the phone number id of its change. */
export function statusesOf(payload: unknown): { status: Json; phoneNumberId: string | undefined }[] {
  return changeValues(payload).flatMap((value) => {
    const phoneNumberId = text(asObject(value['metadata'])?.['phone_number_id']);
    return objects(value['statuses']).map((status) => ({ status, phoneNumberId }));
  });
}

/** Every well-formed hash observation of a payload; statuses that report a mismatch carry the stale hash and are skipped. */
export function identityObservations(payload: unknown): IdentityObservation[] {
  const found: IdentityObservation[] = [];
  for (const value of changeValues(payload)) {
    const phoneNumberId = text(asObject(value['metadata'])?.['phone_number_id']);
    const messages = objects(value['messages']);
    for (const contact of objects(value['contacts'])) {
      const waId = text(contact['wa_id']);
      const hash = text(contact['identity_key_hash']);
      if (waId === undefined || hash === undefined || !WA_ID.test(waId) || !HASH.test(hash)) continue;
      // The contact's hash is as recent as the newest message it sent in this change.
      const times = messages.filter((m) => m['from'] === waId).map((m) => epochMs(m['timestamp'])).filter((t): t is number => t !== undefined);
      found.push({ waId, hash, observedAt: times.length ? Math.max(...times) : undefined, phoneNumberId });
    }
    for (const status of objects(value['statuses'])) {
      const waId = text(status['recipient_id']);
      const hash = text(status['recipient_identity_key_hash']);
      if (waId === undefined || hash === undefined || !WA_ID.test(waId) || !HASH.test(hash) || hasMismatch(status)) continue;
      found.push({ waId, hash, observedAt: epochMs(status['timestamp']), phoneNumberId });
    }
  }
  return found;
}
