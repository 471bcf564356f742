import * as z from 'zod/mini';
import { UnsupportedOperationError } from '../../errors/unsupported-operation-error.js';
import { alreadyDone, FlowStepper, refuseUnverified, type StepOutcome } from '../../resources/migration/flow-steps.js';
import { CodeMethod } from '../../resources/verification/schemas.js';
import { parseOrThrow } from '../../internal/validate.js';
import { Language } from '../../schemas/locale.js';
import { VerificationCode } from '../../schemas/pin.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsPhoneNumber } from '../resources/phone-number.js';
import type { CamsRequester } from '../resources/resource.js';
import type { CamsFlowCheckpoint } from './checkpoint.js';
import { migrationRegisterSpec, migrationRequestCodeSpec, migrationVerifySpec } from './operations.js';

/** Options of a CAMS flow: where to hand each new checkpoint as soon as it is written. */
export interface CamsFlowOptions {
  /** Called with every new checkpoint, before the next side effect; persist it here. An error here stops the flow. */
  readonly onCheckpoint?: ((checkpoint: CamsFlowCheckpoint) => void | Promise<void>) | undefined;
}

/** What every CAMS flow step returns. */
export interface CamsFlowStepResult {
  readonly checkpoint: CamsFlowCheckpoint;
  /** True once the number is registered. */
  readonly done: boolean;
  /** True when the number's state showed the step was already done, so nothing was sent. */
  readonly skipped: boolean;
}

/** The number's state as the flow reads it before every step. */
export interface CamsFlowNumberState {
  readonly status: string | undefined;
  readonly code_verification_status: string | undefined;
}

const RequestCodeOverrides = z.strictObject({ codeMethod: z.optional(CodeMethod), language: z.optional(Language) });
const CodeParams = z.strictObject({ code: VerificationCode });

/**
 * A CAMS migration or onboarding in progress, resumed from a checkpoint: `client.migration.resume(checkpoint)` or
 * `client.onboarding.resume(checkpoint)`. The steps read as on Graph — `requestCode()`, then
 * `verifyAndRegister({ code })` (or, for a migration, `verify({ code })` and `register()`) — and each re-reads the
 * number first (`phone.retrieve()`, two safe reads), so no step runs twice.
 *
 * Onboarding maps to `GetChatappVerifyCode` and the one-call `ChatappVerifyAndRegister`; migration to
 * `GetMigrationVerifyCode`, `ChatappMigrationVerified`, `ChatappMigrationRegister` (contract §4.2–§4.3).
 *
 * @example
 * const flow = client.onboarding.resume(await load(key), { onCheckpoint: save });
 * const { done } = await flow.verifyAndRegister({ code: '004821' });
 */
export class CamsPhoneNumberFlow {
  readonly #client: CamsRequester;
  readonly #steps: FlowStepper<CamsFlowCheckpoint>;

  /** @internal — use `client.migration.resume()` / `client.onboarding.resume()`. */
  constructor(client: CamsRequester, checkpoint: CamsFlowCheckpoint, options: CamsFlowOptions = {}) {
    this.#client = client;
    this.#steps = new FlowStepper(checkpoint, options);
  }

  /** The latest checkpoint of this flow (plain JSON, no secrets). */
  get checkpoint(): CamsFlowCheckpoint {
    return this.#steps.checkpoint;
  }

  // The stepper owns the checkpoint (it writes every new one); the steps read their fields from it here.
  get #checkpoint(): CamsFlowCheckpoint {
    return this.#steps.checkpoint;
  }

  get #digits(): string {
    return `${this.#checkpoint.cc}${this.#checkpoint.phone_number}`;
  }

  #requestOptions(options: CamsRequestOptions | undefined): CamsRequestOptions {
    const space = this.#checkpoint.custSpaceId;
    return space === undefined ? (options ?? {}) : { ...options, custSpaceId: space };
  }

  /**
   * Reads the number's `status` and `code_verification_status` (two safe reads).
   * @example
   * const { code_verification_status } = await flow.state();
   */
  async state(options?: CamsRequestOptions): Promise<CamsFlowNumberState> {
    const info = await new CamsPhoneNumber(this.#client, this.#digits).retrieve(this.#requestOptions(options));
    return { status: info.status, code_verification_status: info.code_verification_status };
  }

  /**
   * Asks for a (new) code. Skipped when the number is already verified (or, onboarding, registered). Never retried.
   * @throws {ValidationError} for an unknown method or malformed language (nothing sent).
   * @example
   * await flow.requestCode({ codeMethod: 'VOICE' });
   */
  async requestCode(params: { readonly codeMethod?: CodeMethod; readonly language?: string } = {}, options?: CamsRequestOptions): Promise<CamsFlowStepResult> {
    const overrides = parseOrThrow(RequestCodeOverrides, params, 'request', { subject: 'flow requestCode params' });
    return this.#step(options, async (state, requestOptions) => {
      const skip = alreadyDone(this.#checkpoint.kind, state, 'code-requested');
      if (skip) return { step: skip, skipped: true };
      const codeMethod = overrides.codeMethod ?? this.#checkpoint.codeMethod;
      const language = overrides.language ?? this.#checkpoint.language;
      const wire = { code_method: codeMethod, language };
      if (this.#checkpoint.kind === 'migration') await this.#client.request(migrationRequestCodeSpec(this.#digits, wire), requestOptions);
      else await new CamsPhoneNumber(this.#client, this.#digits).verification.requestCode(wire, requestOptions);
      return { step: 'code-requested', skipped: false, patch: { codeMethod, language } };
    });
  }

  /**
   * Migration only: submits the code (`ChatappMigrationVerified`). Skipped when already verified. Never retried.
   * Onboarding on CAMS verifies and registers in one call: use {@link CamsPhoneNumberFlow.verifyAndRegister}.
   * @throws {ValidationError} for a malformed code · `UnsupportedOperationError` on an onboarding flow (nothing sent).
   * @example
   * await flow.verify({ code: '004821' });
   */
  async verify(params: { readonly code: string }, options?: CamsRequestOptions): Promise<CamsFlowStepResult> {
    const { code } = parseOrThrow(CodeParams, params, 'request', { subject: 'flow verify params' });
    this.#migrationOnly('verify');
    return this.#step(options, async (state, requestOptions) => {
      const skip = alreadyDone(this.#checkpoint.kind, state, 'verified');
      if (skip) return { step: skip, skipped: true };
      const data = await this.#client.request(migrationVerifySpec(this.#digits, { code }), requestOptions);
      return { step: 'verified', skipped: false, patch: data?.Id === undefined ? {} : { phoneNumberId: data.Id } };
    });
  }

  /**
   * Migration only: registers the verified number (`ChatappMigrationRegister`) — `done` is then true. Refused
   * locally when the number is not verified. Never retried; counted by the registration guard.
   * @throws {FlowStateError} `not-verified` · `RegistrationQuotaError` · `OutcomeUnknownError`.
   * @example
   * const { done } = await flow.register();
   */
  async register(options?: CamsRequestOptions): Promise<CamsFlowStepResult> {
    this.#migrationOnly('register');
    return this.#step(options, async (state, requestOptions) => {
      refuseUnverified(state, this.#checkpoint);
      await this.#client.request(migrationRegisterSpec(this.#digits), requestOptions);
      return { step: 'registered', skipped: false };
    });
  }

  /**
   * Verifies the code and registers the number — the last step, named for what it does, on both providers.
   * Onboarding: one `ChatappVerifyAndRegister` call (skipped when the number is already `CONNECTED`). Migration:
   * `verify()` then `register()`, each with its checkpoint. Never retried; counted by the registration guard.
   * @throws {ValidationError} for a malformed code (nothing sent) · as `verify` / `register`.
   * @example
   * const { done } = await flow.verifyAndRegister({ code: '004821' });
   */
  async verifyAndRegister(params: { readonly code: string }, options?: CamsRequestOptions): Promise<CamsFlowStepResult> {
    const { code } = parseOrThrow(CodeParams, params, 'request', { subject: 'flow verifyAndRegister params' });
    if (this.#checkpoint.kind === 'migration') {
      await this.verify({ code }, options);
      return this.register(options);
    }
    return this.#step(options, async (state, requestOptions) => {
      const skip = alreadyDone(this.#checkpoint.kind, state, 'registered');
      if (skip) return { step: skip, skipped: true };
      await new CamsPhoneNumber(this.#client, this.#digits).verifyAndRegister({ code }, requestOptions);
      return { step: 'registered', skipped: false };
    });
  }

  #migrationOnly(step: string): void {
    if (this.#checkpoint.kind !== 'migration') {
      throw new UnsupportedOperationError(`Flow.${step}`, 'cams', 'an onboarding on CAMS verifies and registers in one call; use flow.verifyAndRegister({ code })');
    }
  }

  // Every CAMS step sends on the checkpoint's channel, so its work gets request options naming it (the read works
  // them out for itself). Worked out inside the stepper's run, so even a failure there keeps the checkpoint.
  #step(
    options: CamsRequestOptions | undefined,
    work: (state: CamsFlowNumberState, requestOptions: CamsRequestOptions) => Promise<StepOutcome<CamsFlowCheckpoint>>,
  ): Promise<CamsFlowStepResult> {
    return this.#steps.run(
      () => this.state(options),
      (state) => work(state, this.#requestOptions(options)),
    );
  }
}
