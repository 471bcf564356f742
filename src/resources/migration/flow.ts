import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { parseOrThrow } from '../../internal/validate.js';
import { Language } from '../../schemas/locale.js';
import { Pin, VerificationCode } from '../../schemas/pin.js';
import { DataLocalizationRegion } from '../../schemas/region.js';
import { PhoneNumber } from '../phone-number/phone-number.js';
import { CodeMethod } from '../verification/schemas.js';
import { Verification } from '../verification/verification.js';
import type { FlowCheckpoint } from './checkpoint.js';
import { FlowStateError } from './flow-state-error.js';
import { alreadyDone, FlowStepper, refuseUnverified } from './flow-steps.js';

/** Options of a flow: where to hand each new checkpoint as soon as it is written. */
export interface FlowOptions {
  /**
   * Called with every new checkpoint, before the next side effect is attempted — persist it here, and an
   * interrupted invocation can always be resumed. An error thrown here stops the flow.
   */
  readonly onCheckpoint?: (checkpoint: FlowCheckpoint) => void | Promise<void>;
}

/** What every flow step returns. */
export interface FlowStepResult {
  /** Where the flow stands now; store it and resume from it later. */
  readonly checkpoint: FlowCheckpoint;
  /** True once the number is registered: the flow is over. */
  readonly done: boolean;
  /** True when the number's state showed the step was already done, so nothing was sent. */
  readonly skipped: boolean;
}

/** The number's state as the flow reads it before every step. */
export interface FlowNumberState {
  readonly status: string | undefined;
  readonly code_verification_status: string | undefined;
  readonly display_phone_number: string | undefined;
}

const RequestCodeOverrides = z.strictObject({ codeMethod: z.optional(CodeMethod), language: z.optional(Language) });
const VerifyParams = z.strictObject({ code: VerificationCode });
const RegisterParams = z.strictObject({ pin: Pin, data_localization_region: z.optional(DataLocalizationRegion) });
const VerifyAndRegisterParams = z.strictObject({ code: VerificationCode, pin: Pin, data_localization_region: z.optional(DataLocalizationRegion) });

/**
 * A migration or onboarding in progress, resumed from a checkpoint: `client.migration.resume(checkpoint)` or
 * `client.onboarding.resume(checkpoint)`. Each step re-reads the number first, so no step runs twice:
 * - `requestCode()` is skipped when the number is already `VERIFIED` (a code is valid 14 days);
 * - `verify()` is skipped when it is already `VERIFIED`;
 * - `register()` is skipped when an onboarded number is already `CONNECTED`.
 *
 * Each step costs one read (`GET /{PHONE_NUMBER_ID}`, safe) plus, unless skipped, one call that is never retried.
 *
 * @example
 * const flow = client.migration.resume(await load(id), { onCheckpoint: save });
 * await flow.verify({ code: '004821' });
 * const { done } = await flow.register({ pin: '012345' });
 */
export class PhoneNumberFlow {
  readonly #client: GraphRequester;
  readonly #steps: FlowStepper<FlowCheckpoint>;

  /** @internal — use `client.migration.resume()` / `client.onboarding.resume()`. */
  constructor(client: GraphRequester, checkpoint: FlowCheckpoint, options: FlowOptions = {}) {
    this.#client = client;
    this.#steps = new FlowStepper(checkpoint, options);
  }

  /** The latest checkpoint of this flow (plain JSON, no secrets). */
  get checkpoint(): FlowCheckpoint {
    return this.#steps.checkpoint;
  }

  // The stepper owns the checkpoint (it writes every new one); the steps read their fields from it here.
  get #checkpoint(): FlowCheckpoint {
    return this.#steps.checkpoint;
  }

  /**
   * Reads the number's `status`, `code_verification_status` and `display_phone_number` (one safe GET) and checks
   * that the id still belongs to the checkpoint's number.
   *
   * @throws {FlowStateError} `number-mismatch` when `phoneNumberId` belongs to another number.
   * @example
   * const { code_verification_status } = await flow.state();
   */
  async state(options?: RequestOptions): Promise<FlowNumberState> {
    const checkpoint = this.#checkpoint;
    const info = await new PhoneNumber(this.#client, checkpoint.phoneNumberId).retrieve(
      { fields: ['status', 'code_verification_status', 'display_phone_number'] },
      options,
    );
    const display = info.display_phone_number;
    // Graph formats the number (`+1 631-555-5555`); its digits are the country code followed by the national number.
    if (display !== undefined && display.replace(/[^0-9]/g, '') !== `${checkpoint.cc}${checkpoint.phone_number}`) {
      throw new FlowStateError(
        `Phone number id ${checkpoint.phoneNumberId} does not belong to the number in the checkpoint; check where the checkpoint came from.`,
        'number-mismatch',
        checkpoint,
      );
    }
    return { status: info.status, code_verification_status: info.code_verification_status, display_phone_number: display };
  }

  /**
   * Asks Meta to send a (new) verification code — after `start()`, when the code expired or never arrived, or to
   * switch to a voice call. Skipped when the number is already verified (or, for onboarding, registered).
   *
   * Never retried: each attempt sends a code and counts toward Meta's limits.
   *
   * @param params.codeMethod / params.language override the checkpoint's (and are stored in the new one).
   * @throws {ValidationError} for an unknown method or malformed language (nothing sent).
   * @throws {RateLimitError} / {@link InvalidRequestError} / {@link OutcomeUnknownError} as `verification.requestCode`.
   * @example
   * await flow.requestCode({ codeMethod: 'VOICE' });
   */
  async requestCode(
    params: { readonly codeMethod?: CodeMethod; readonly language?: string } = {},
    options?: RequestOptions,
  ): Promise<FlowStepResult> {
    const overrides = parseOrThrow(RequestCodeOverrides, params, 'request', { subject: 'flow requestCode params' });
    return this.#steps.run(() => this.state(options), async (state) => {
      const skip = alreadyDone(this.#checkpoint.kind, state, 'code-requested');
      if (skip) return { step: skip, skipped: true };
      const codeMethod = overrides.codeMethod ?? this.#checkpoint.codeMethod;
      const language = overrides.language ?? this.#checkpoint.language;
      await new Verification(this.#client, this.#checkpoint.phoneNumberId).requestCode({ code_method: codeMethod, language }, options);
      return { step: 'code-requested', skipped: false, patch: { codeMethod, language } };
    });
  }

  /**
   * Submits the code that arrived by SMS or voice. Skipped when the number is already verified (e.g. an earlier
   * attempt succeeded but its answer was lost). The code is never stored in the checkpoint.
   *
   * Never retried: a wrong or repeated guess counts toward Meta's limits.
   *
   * @throws {ValidationError} when the code is not six ASCII digits (nothing sent, not even the read).
   * @throws {InvalidRequestError} for a wrong or expired code · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * const { checkpoint } = await flow.verify({ code: '004821' });
   */
  async verify(params: { readonly code: string }, options?: RequestOptions): Promise<FlowStepResult> {
    const { code } = parseOrThrow(VerifyParams, params, 'request', { subject: 'flow verify params' });
    return this.#steps.run(() => this.state(options), async (state) => {
      const skip = alreadyDone(this.#checkpoint.kind, state, 'verified');
      if (skip) return { step: skip, skipped: true };
      await new Verification(this.#client, this.#checkpoint.phoneNumberId).verifyCode({ code }, options);
      return { step: 'verified', skipped: false };
    });
  }

  /**
   * Registers the number on the WABA with its two-step PIN — the last step; `done` is then true. Skipped when an
   * onboarded number is already `CONNECTED`. Refused locally (nothing sent) when the number is not verified.
   *
   * Never retried, and counted by the registration guard (10 per number per 72 h). The PIN is never stored.
   * For a migration, `CONNECTED` is not taken as proof: the source WABA keeps serving the number until it is
   * registered on the destination, so register is sent (at worst once more after a lost answer).
   *
   * @param params.data_localization_region overrides the checkpoint's `region` (local storage).
   * @throws {ValidationError} for a malformed PIN or region (nothing sent).
   * @throws {FlowStateError} `not-verified` when `code_verification_status` is `NOT_VERIFIED` or `EXPIRED`.
   * @throws {PinMismatchError} / {@link RegistrationQuotaError} / {@link OutcomeUnknownError} as `phone.register`.
   * @example
   * const { done } = await flow.register({ pin: '012345' });
   */
  async register(
    params: { readonly pin: string; readonly data_localization_region?: DataLocalizationRegion },
    options?: RequestOptions,
  ): Promise<FlowStepResult> {
    const { pin, data_localization_region } = parseOrThrow(RegisterParams, params, 'request', { subject: 'flow register params' });
    return this.#steps.run(() => this.state(options), async (state) => {
      const skip = alreadyDone(this.#checkpoint.kind, state, 'registered');
      if (skip) return { step: skip, skipped: true };
      refuseUnverified(state, this.#checkpoint);
      const region = data_localization_region ?? this.#checkpoint.region;
      await new PhoneNumber(this.#client, this.#checkpoint.phoneNumberId).register(
        region === undefined ? { pin } : { pin, data_localization_region: region },
        options,
      );
      return { step: 'registered', skipped: false, patch: region === undefined ? {} : { region } };
    });
  }

  /**
   * Verifies the code and registers the number — the last step, under a name that says it registers, as on CAMS
   * (where it is one call). Here it is `verify({ code })`, then `register({ pin })`, each writing its checkpoint;
   * both params are checked before anything is sent. Never retried; the register is counted by the guard.
   *
   * @throws {ValidationError} for a malformed code, PIN or region (nothing sent) · as `verify` / `register`.
   * @example
   * const { done } = await flow.verifyAndRegister({ code: '004821', pin: '012345' });
   */
  async verifyAndRegister(
    params: { readonly code: string; readonly pin: string; readonly data_localization_region?: DataLocalizationRegion },
    options?: RequestOptions,
  ): Promise<FlowStepResult> {
    const { code, pin, data_localization_region: region } = parseOrThrow(VerifyAndRegisterParams, params, 'request', { subject: 'flow verifyAndRegister params' });
    await this.verify({ code }, options);
    return this.register(region === undefined ? { pin } : { pin, data_localization_region: region }, options);
  }
}
