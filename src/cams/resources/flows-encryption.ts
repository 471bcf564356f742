import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import type { OpenEnum } from '../../schemas/graph.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './schemas.js';
import { CamsEncryptionKey, compact } from './settings-payloads.js';

/**
 * Params of `phone.flowsEncryption.update()`: the PEM text of your RSA public key
 * (`-----BEGIN PUBLIC KEY-----…-----END PUBLIC KEY-----`), at most 8,192 characters — Meta's
 * `business_public_key` (contract §4.4 `UpdatePhoneEncryptionPublicKey`).
 */
export const CamsFlowsEncryptionParams = z.strictObject({
  business_public_key: z
    .string('business_public_key must be a string')
    .check(
      z.maxLength(8192, 'business_public_key must be at most 8192 characters long'),
      z.regex(/^-----BEGIN PUBLIC KEY-----\s*[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*$/, 'business_public_key must be a PEM public key (-----BEGIN PUBLIC KEY-----…)'),
    ),
});
export type CamsFlowsEncryptionParams = z.infer<typeof CamsFlowsEncryptionParams>;

/** The number's Flows encryption key as CAMS reports it, with Meta's field names. */
export interface CamsFlowsEncryptionInfo {
  readonly business_public_key?: string | undefined;
  /** `VALID` or `MISMATCH` (Meta's `business_public_key_signature_status`). */
  readonly business_public_key_signature_status?: OpenEnum<'VALID' | 'MISMATCH'> | undefined;
}

const readKey = defineOperation({ name: 'FlowsEncryption.retrieve', retry: 'safe', params: z.strictObject({}) });
const setKey = defineOperation({ name: 'FlowsEncryption.update', retry: 'safe', params: CamsFlowsEncryptionParams });

/**
 * The WhatsApp Flows encryption public key of a number on CAMS: `client.phoneNumber('+65 8123 4567').flowsEncryption`
 * (`Get`/`UpdatePhoneEncryptionPublicKey`; Meta's `/{PHONE}/whatsapp_business_encryption`, which the Graph client
 * does not wrap yet). Public material; still never logged.
 *
 * @example
 * await client.phoneNumber('+65 8123 4567').flowsEncryption.update({ business_public_key: pem });
 */
export class CamsFlowsEncryption extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads the key and whether Meta matched its signature (`GetPhoneEncryptionPublicKey`). `{}` when none is set.
   * Safe (QPS 5).
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { business_public_key_signature_status } = await phone.flowsEncryption.retrieve();
   */
  retrieve(options?: CamsRequestOptions): Promise<CamsFlowsEncryptionInfo> {
    return this._client.request(
      camsSpec(readKey, {}, {
        action: 'GetPhoneEncryptionPublicKey',
        custSpaceId: 'optional',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsEncryptionKey,
        result: (data) =>
          compact({ business_public_key: data?.EncryptionPublicKey || undefined, business_public_key_signature_status: data?.EncryptionPublicKeyStatus || undefined }),
      }),
      options,
    );
  }

  /**
   * Sets the key (`UpdatePhoneEncryptionPublicKey`). Safe: setting the same key twice leaves the same state.
   *
   * @throws {ValidationError} for a value that is not a PEM public key (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * await phone.flowsEncryption.update({ business_public_key: await readFile('public.pem', 'utf8') });
   */
  update(params: CamsFlowsEncryptionParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(setKey, params, {
        action: 'UpdatePhoneEncryptionPublicKey',
        custSpaceId: 'optional',
        toWire: (p) => ({ PhoneNumber: this.#digits, EncryptionPublicKey: p.business_public_key }),
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}
