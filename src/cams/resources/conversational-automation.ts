import { retrieveConversationalAutomation, updateConversationalAutomation } from '../../operations/conversational-automation.js';
import type { ConversationalAutomationInfo, ConversationalAutomationUpdateParams } from '../../resources/conversational-automation/schemas.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './schemas.js';
import { CamsAutomation, toAutomationInfo } from './settings-payloads.js';

/**
 * Ice breakers, `/` commands and the welcome message, on CAMS: `client.phoneNumber('+65 8123 4567').conversationalAutomation`.
 * Same methods, params and result fields as Graph's `ConversationalAutomation`, and the same limits, checked
 * before sending (CAMS documents none; Meta's apply behind it, contract §4.7).
 *
 * @example
 * await client.phoneNumber('+65 8123 4567').conversationalAutomation.update({
 *   prompts: ['Track my order', 'Opening hours'],
 *   commands: [{ command_name: 'hours', command_description: 'Opening hours' }],
 * });
 */
export class CamsConversationalAutomation extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads the ice breakers, commands and welcome-message flag (`GetConversationalAutomation`) with Graph's field
   * names; `{}` when none were set. Safe: retried on transient failures. CAMS calls Meta for it (QPS 5).
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { prompts = [], commands = [], enable_welcome_message } = await phone.conversationalAutomation.retrieve();
   */
  retrieve(options?: CamsRequestOptions): Promise<ConversationalAutomationInfo> {
    return this._client.request(
      camsSpec(retrieveConversationalAutomation, {}, {
        action: 'GetConversationalAutomation',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsAutomation,
        result: toAutomationInfo,
      }),
      options,
    );
  }

  /**
   * Sets ice breakers, commands and/or the welcome-message flag (`UpdateConversationalAutomation`). `Prompts` and
   * `Commands` travel as JSON-text parameters with CAMS's PascalCase keys (`CommandName`, `CommandDescription`).
   * Send the complete configuration you want, as on Graph. Safe: an idempotent set.
   *
   * @throws {ValidationError} for more than 4 prompts or 30 commands, a prompt over 80 characters, a command name
   *   over 32 or a description over 256, emoji anywhere, repeated command names, or an empty update (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * await phone.conversationalAutomation.update({ enable_welcome_message: true, prompts: ['Opening hours?'] });
   */
  update(params: ConversationalAutomationUpdateParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(updateConversationalAutomation, params, {
        action: 'UpdateConversationalAutomation',
        toWire: (p) => ({
          PhoneNumber: this.#digits,
          Prompts: p.prompts,
          Commands: p.commands?.map((c) => ({ CommandName: c.command_name, CommandDescription: c.command_description })),
          EnableWelcomeMessage: p.enable_welcome_message,
        }),
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}
