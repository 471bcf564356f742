import * as z from 'zod/mini';
import { ValidationError } from '../../errors/validation-error.js';
import { parseOrThrow } from '../../internal/validate.js';
import { rememberCheckpoint } from '../../resources/migration/flow-state-error.js';
import { CodeMethod } from '../../resources/verification/schemas.js';
import { withPhoneParts } from '../../resources/waba/phone-parts.js';
import type { WithPhone } from '../../resources/waba/phone-numbers-schemas.js';
import { DisplayName } from '../../schemas/display-name.js';
import { CountryCallingCode, NationalNumber } from '../../schemas/ids.js';
import { Language } from '../../schemas/locale.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsPhoneNumber } from '../resources/phone-number.js';
import { CamsResource } from '../resources/resource.js';
import { CamsWabaPhoneNumbers } from '../resources/waba.js';
import { parseCamsCheckpoint, type CamsFlowCheckpoint } from './checkpoint.js';
import { CamsPhoneNumberFlow, type CamsFlowOptions, type CamsFlowStepResult } from './flow.js';
import { migrationInitiateSpec } from './operations.js';

const common = { cc: CountryCallingCode, phone_number: NationalNumber, codeMethod: CodeMethod, language: Language };
/** Params of CAMS `client.onboarding.start` (after `phone` is split): Graph's, without `wabaId` (the channel) and region. */
export const CamsOnboardingStartParams = z.strictObject({ ...common, verified_name: DisplayName });
export type CamsOnboardingStartParams = z.infer<typeof CamsOnboardingStartParams>;
/** Params of CAMS `client.migration.start` (after `phone` is split); the number keeps its approved name. */
export const CamsMigrationStartParams = z.strictObject(common);
export type CamsMigrationStartParams = z.infer<typeof CamsMigrationStartParams>;
export type CamsOnboardingStartInput = CamsOnboardingStartParams | WithPhone<CamsOnboardingStartParams>;
export type CamsMigrationStartInput = CamsMigrationStartParams | WithPhone<CamsMigrationStartParams>;
/** Params of CAMS `recover()` (after `phone` is split): everything `start()` takes except the display name. */
export const CamsFlowRecoverParams = z.strictObject(common);
export type CamsFlowRecoverParams = z.infer<typeof CamsFlowRecoverParams>;
/** What CAMS `recover()` accepts: `cc` + `phone_number`, or `phone: '+65 8123 4567'`. */
export type CamsFlowRecoverInput = CamsFlowRecoverParams | WithPhone<CamsFlowRecoverParams>;

/** Per-call options of `start()`: request options plus the checkpoint hook. */
export type CamsFlowStartOptions = CamsRequestOptions & CamsFlowOptions;

abstract class CamsNumberFlows extends CamsResource {
  protected abstract readonly kind: 'migration' | 'onboarding';

  /**
   * Reads a stored checkpoint of this kind, without any request.
   * @throws {ValidationError} for an invalid, foreign or other-kind checkpoint.
   * @example
   * const checkpoint = client.onboarding.parseCheckpoint(await kv.get(key));
   */
  parseCheckpoint(input: unknown): CamsFlowCheckpoint {
    const checkpoint = parseCamsCheckpoint(input);
    if (checkpoint.kind !== this.kind) {
      throw new ValidationError({
        direction: 'request',
        subject: 'CAMS flow checkpoint',
        issues: [{ path: ['kind'], message: `this is a ${checkpoint.kind} checkpoint; resume it with client.${checkpoint.kind}.resume()`, code: 'invalid_value' }],
      });
    }
    return checkpoint;
  }

  /**
   * Continues a flow from a stored checkpoint. No request is made until you call a step.
   * @throws {ValidationError} for an invalid, foreign or other-kind checkpoint.
   * @example
   * await client.onboarding.resume(stored, { onCheckpoint: save }).verifyAndRegister({ code: '004821' });
   */
  resume(checkpoint: unknown, options: CamsFlowOptions = {}): CamsPhoneNumberFlow {
    return new CamsPhoneNumberFlow(this._client, this.parseCheckpoint(checkpoint), options);
  }

  /**
   * Finds a number already in the channel (e.g. `start()` lost its answer, or the checkpoint was not saved) and
   * returns an `added` checkpoint for it, or `undefined` when the channel has no such number — as on Graph.
   *
   * Reads `QueryChatappPhoneNumbers` (the channel's numbers, all at once); when the number is there, also
   * `client.phoneNumber(digits).retrieve()` (`GetPhoneNumberVerificationStatus` and the list) for Meta's phone
   * number id (contract §4.2). All reads are safe: retried on transient failures. Resuming from the result re-reads
   * the number, so a verified or registered number skips its finished steps.
   *
   * @throws {ValidationError} for malformed params (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const checkpoint = await client.migration.recover({ phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' });
   * if (checkpoint) await client.migration.resume(checkpoint).requestCode();
   */
  async recover(params: CamsFlowRecoverInput, options: CamsRequestOptions = {}): Promise<CamsFlowCheckpoint | undefined> {
    const subject = `${this.kind} recover params`;
    const input = parseOrThrow(CamsFlowRecoverParams, await withPhoneParts(params, subject), 'request', { subject });
    const digits = `${input.cc}${input.phone_number}`;
    // The list is the only CAMS read that tells "not in the channel" apart from other failures (§4.2);
    // GetPhoneNumberVerificationStatus is asked only for a listed number, for the id.
    const numbers = await new CamsWabaPhoneNumbers(this._client).list(options);
    if (!numbers.some((number) => number.phone_number.replace(/\D/g, '') === digits)) return undefined;
    const { id } = await new CamsPhoneNumber(this._client, digits).retrieve(options);
    return this.#checkpoint(input, options.custSpaceId, id);
  }

  /** Validates everything, runs the first side effect, hands out `added`, then requests the code. */
  protected async startFlow(schema: typeof CamsOnboardingStartParams | typeof CamsMigrationStartParams, params: unknown, options: CamsFlowStartOptions = {}): Promise<CamsFlowStepResult> {
    const subject = `${this.kind} start params`;
    const input = parseOrThrow(schema, await withPhoneParts(params, subject), 'request', { subject });
    const { onCheckpoint, ...requestOptions } = options;
    let phoneNumberId: string | undefined;
    if (this.kind === 'migration') {
      phoneNumberId = (await this._client.request(migrationInitiateSpec({ cc: input.cc, phone_number: input.phone_number }), requestOptions))?.Id;
    } else {
      const name = (input as CamsOnboardingStartParams).verified_name;
      await new CamsWabaPhoneNumbers(this._client).add({ cc: input.cc, phone_number: input.phone_number, verified_name: name }, requestOptions);
    }
    const added = this.#checkpoint(input, requestOptions.custSpaceId, phoneNumberId);
    try {
      await onCheckpoint?.(added);
    } catch (error) {
      rememberCheckpoint(error, added);
      throw error;
    }
    return new CamsPhoneNumberFlow(this._client, added, onCheckpoint ? { onCheckpoint } : {}).requestCode({}, requestOptions);
  }

  /** The `added` checkpoint of a number; an id that is not Meta's digits is left out (the checkpoint would not parse). */
  #checkpoint(input: CamsFlowRecoverParams, custSpaceId: string | undefined, phoneNumberId: string | undefined): CamsFlowCheckpoint {
    return {
      version: 1,
      provider: 'cams',
      kind: this.kind,
      ...(custSpaceId === undefined ? {} : { custSpaceId }),
      cc: input.cc,
      phone_number: input.phone_number,
      ...(phoneNumberId === undefined || !/^[0-9]{1,20}$/.test(phoneNumberId) ? {} : { phoneNumberId }),
      step: 'added',
      codeMethod: input.codeMethod,
      language: input.language,
      updatedAt: new Date().toISOString(),
    };
  }
}

/**
 * Migrating a number from another BSP into the channel, across invocations: `client.migration` — CAMS's
 * `CreateChatappMigrationInitiate` → `GetMigrationVerifyCode` → `ChatappMigrationVerified` →
 * `ChatappMigrationRegister`, with the same resumable checkpoints as on Graph.
 *
 * @example
 * const { checkpoint } = await client.migration.start({ phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' });
 * // … later, when the code arrived:
 * const { done } = await client.migration.resume(checkpoint).verifyAndRegister({ code: '004821' });
 */
export class CamsMigration extends CamsNumberFlows {
  protected readonly kind = 'migration' as const;

  /**
   * Starts the migration and requests the code; returns the `code-requested` checkpoint. Never retried. If the code
   * request fails after the start, the error carries the `added` checkpoint (`checkpointOf(error)`).
   * @throws {ValidationError} for malformed params (nothing sent) · `APIError` · `OutcomeUnknownError`.
   * @example
   * const { checkpoint } = await client.migration.start({ cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' });
   */
  start(params: CamsMigrationStartInput, options?: CamsFlowStartOptions): Promise<CamsFlowStepResult> {
    return this.startFlow(CamsMigrationStartParams, params, options);
  }
}

/**
 * Adding a new number to the channel's WABA, across invocations: `client.onboarding` — `AddChatappPhoneNumber` →
 * `GetChatappVerifyCode` → `ChatappVerifyAndRegister`, read the same as on Graph (`start`, `requestCode`,
 * `verifyAndRegister`).
 *
 * @example
 * const { checkpoint } = await client.onboarding.start({ phone: '+65 8123 4567', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' });
 * const { done } = await client.onboarding.resume(checkpoint).verifyAndRegister({ code: '004821' });
 */
export class CamsOnboarding extends CamsNumberFlows {
  protected readonly kind = 'onboarding' as const;

  /**
   * Adds the number with its display name, then requests the code; returns the `code-requested` checkpoint.
   * @throws {ValidationError} for malformed params or a missing `verified_name` (nothing sent) · `APIError`.
   * @example
   * const { checkpoint } = await client.onboarding.start({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' });
   */
  start(params: CamsOnboardingStartInput, options?: CamsFlowStartOptions): Promise<CamsFlowStepResult> {
    return this.startFlow(CamsOnboardingStartParams, params, options);
  }
}
