import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { ValidationError } from '../../errors/validation-error.js';
import { parseOrThrow } from '../../internal/validate.js';
import { APIResource } from '../resource.js';
import { withPhoneParts } from '../waba/phone-parts.js';
import { Waba } from '../waba/waba.js';
import { CHECKPOINT_VERSION, parseCheckpoint, type FlowCheckpoint, type FlowKind } from './checkpoint.js';
import { PhoneNumberFlow, type FlowOptions, type FlowStepResult } from './flow.js';
import { rememberCheckpoint } from './flow-state-error.js';
import {
  FlowRecoverParams,
  MigrationStartParams,
  OnboardingStartParams,
  type FlowRecoverInput,
  type MigrationStartInput,
  type OnboardingStartInput,
} from './schemas.js';

/** Per-call options of `start()`: request options plus the checkpoint hook. */
export type FlowStartOptions = RequestOptions & FlowOptions;

/** The shared machinery of {@link Migration} and {@link Onboarding}; they differ in the add and in their kind. */
abstract class NumberFlows extends APIResource {
  protected abstract readonly kind: FlowKind;

  /**
   * Reads a stored checkpoint (JSON text or object) of this kind, without any request.
   * @throws {ValidationError} for an invalid, tampered or foreign checkpoint (see `parseCheckpoint`).
   * @example
   * const checkpoint = client.migration.parseCheckpoint(await kv.get(key));
   */
  parseCheckpoint(input: unknown): FlowCheckpoint {
    const checkpoint = parseCheckpoint(input);
    if (checkpoint.kind !== this.kind) {
      throw new ValidationError({
        direction: 'request',
        subject: 'flow checkpoint',
        issues: [{ path: ['kind'], message: `this is a ${checkpoint.kind} checkpoint; resume it with client.${checkpoint.kind}.resume()`, code: 'invalid_value' }],
      });
    }
    return checkpoint;
  }

  /**
   * Continues a flow from a stored checkpoint (JSON text or object). No request is made until you call a step.
   * @throws {ValidationError} for an invalid, tampered or foreign checkpoint.
   * @example
   * const { done } = await client.migration.resume(stored, { onCheckpoint: save }).register({ pin: '012345' });
   */
  resume(checkpoint: unknown, options: FlowOptions = {}): PhoneNumberFlow {
    return new PhoneNumberFlow(this._client, this.parseCheckpoint(checkpoint), options);
  }

  /**
   * Finds a number already added to the WABA (e.g. `start()` lost the answer of the add, or its checkpoint was not
   * saved) and returns an `added` checkpoint for it, or `undefined` when the WABA has no such number.
   *
   * Reads every page of `GET /{WABA_ID}/phone_numbers?fields=display_phone_number` (safe). Resuming from the result
   * re-reads the number, so verified or registered numbers skip their finished steps.
   *
   * @throws {ValidationError} for malformed params (nothing sent).
   * @example
   * const checkpoint = await client.migration.recover({ wabaId, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' });
   * if (checkpoint) await client.migration.resume(checkpoint).requestCode();
   */
  async recover(params: FlowRecoverInput, options?: RequestOptions): Promise<FlowCheckpoint | undefined> {
    const subject = `${this.kind} recover params`;
    const input = parseOrThrow(FlowRecoverParams, await withPhoneParts(params, subject), 'request', { subject });
    const digits = `${input.cc}${input.phone_number}`;
    for await (const number of new Waba(this._client, input.wabaId).phoneNumbers.list({ fields: ['display_phone_number'], limit: 100 }, options)) {
      if (number.display_phone_number?.replace(/[^0-9]/g, '') === digits) return this.#checkpoint(input, number.id, 'added');
    }
    return undefined;
  }

  /** Validates the params, adds the number, requests the code; hands out a checkpoint after each step. */
  protected async startFlow(
    schema: typeof MigrationStartParams | typeof OnboardingStartParams,
    params: unknown,
    options: FlowStartOptions = {},
  ): Promise<FlowStepResult> {
    const subject = `${this.kind} start params`;
    // Everything is validated before the add: a typo must not leave a half-started flow behind.
    const input = parseOrThrow(schema, await withPhoneParts(params, subject), 'request', { subject });
    const { onCheckpoint, ...requestOptions } = options;
    const { id } = await new Waba(this._client, input.wabaId).phoneNumbers.add(
      {
        cc: input.cc,
        phone_number: input.phone_number,
        ...(input.verified_name === undefined ? {} : { verified_name: input.verified_name }),
        ...(this.kind === 'migration' ? { migrate_phone_number: true } : {}),
      },
      requestOptions,
    );
    const added = this.#checkpoint(input, id, 'added');
    try {
      await onCheckpoint?.(added);
    } catch (error) {
      rememberCheckpoint(error, added);
      throw error;
    }
    return new PhoneNumberFlow(this._client, added, onCheckpoint ? { onCheckpoint } : {}).requestCode({}, requestOptions);
  }

  #checkpoint(input: FlowRecoverParams, phoneNumberId: string, step: 'added'): FlowCheckpoint {
    return {
      version: CHECKPOINT_VERSION,
      kind: this.kind,
      wabaId: input.wabaId,
      phoneNumberId,
      cc: input.cc,
      phone_number: input.phone_number,
      step,
      codeMethod: input.codeMethod,
      language: input.language,
      ...(input.region === undefined ? {} : { region: input.region }),
      updatedAt: new Date().toISOString(),
    };
  }
}

/**
 * Moving a registered number from another WABA or provider to one of yours, across serverless invocations:
 * `client.migration` (contract §2.2, domain "Migration between providers").
 *
 * `start()` adds the number with `migrate_phone_number: true` and requests the ownership code; later, once the
 * code arrived, `resume(checkpoint).verify({ code })` and `.register({ pin })` finish it. Every step returns a
 * plain-JSON checkpoint without secrets. The number keeps working on the source WABA until it is registered here.
 * Before starting, the source must have turned off two-step verification.
 *
 * @example
 * const { checkpoint } = await client.migration.start({ wabaId, phone: '+65 8123 4567', codeMethod: 'SMS', language: 'en_US' });
 * await kv.set(key, JSON.stringify(checkpoint));
 * // … later, in another invocation, when the SMS arrived:
 * const flow = client.migration.resume(await kv.get(key));
 * await flow.verify({ code: '004821' });
 * const { done } = await flow.register({ pin: '012345' });
 */
export class Migration extends NumberFlows {
  protected readonly kind = 'migration' as const;

  /** @internal */
  constructor(client: GraphRequester) {
    super(client);
  }

  /**
   * Starts a migration: adds the number to `wabaId` with `migrate_phone_number: true`, then requests the code.
   * Returns the `code-requested` checkpoint.
   *
   * Neither call is retried. If the code request fails after the add, the error carries the `added` checkpoint
   * (`checkpointOf(error)`, also given to `onCheckpoint`): resume from it with `.requestCode()`.
   *
   * @throws {ValidationError} for malformed params (nothing sent).
   * @throws {MigrationError} 2388xxx — not eligible, already in your list, blocked (read `details`).
   * @throws {OutcomeUnknownError} when an answer was lost (then `recover()` finds an added number).
   * @example
   * const { checkpoint } = await client.migration.start({ wabaId: '102290129340398', cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' });
   */
  start(params: MigrationStartInput, options?: FlowStartOptions): Promise<FlowStepResult> {
    return this.startFlow(MigrationStartParams, params, options);
  }
}

/**
 * Adding a brand-new number to a WABA, across serverless invocations: `client.onboarding` — the same resumable
 * steps as {@link Migration} (add → code → verify → register), with a display name and without the migrate flag.
 *
 * @example
 * const { checkpoint } = await client.onboarding.start({ wabaId, phone: '+1 631-555-1234', verified_name: 'Lucky Shrub', codeMethod: 'VOICE', language: 'en' });
 * // … later:
 * await client.onboarding.resume(checkpoint).verify({ code: '004821' });
 */
export class Onboarding extends NumberFlows {
  protected readonly kind = 'onboarding' as const;

  /** @internal */
  constructor(client: GraphRequester) {
    super(client);
  }

  /**
   * Starts onboarding: adds the number with its display name, then requests the code. Returns the
   * `code-requested` checkpoint. Same failure rules as `client.migration.start`.
   *
   * @throws {ValidationError} for malformed params or a missing `verified_name` (nothing sent).
   * @throws {InvalidRequestError} e.g. the number is already on WhatsApp · {@link OutcomeUnknownError}.
   * @example
   * const { checkpoint } = await client.onboarding.start({ wabaId, cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub', codeMethod: 'SMS', language: 'en_US' });
   */
  start(params: OnboardingStartInput, options?: FlowStartOptions): Promise<FlowStepResult> {
    return this.startFlow(OnboardingStartParams, params, options);
  }
}
