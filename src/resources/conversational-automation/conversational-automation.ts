import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { graphSpec } from '../../core/graph-spec.js';
import { retrieveConversationalAutomation, updateConversationalAutomation } from '../../operations/conversational-automation.js';
import { APIResource } from '../resource.js';
import {
  ConversationalAutomationNode,
  ConversationalAutomationUpdateParams,
  type ConversationalAutomationInfo,
} from './schemas.js';

/**
 * Conversational components — ice breakers, `/` commands and the welcome-message webhook:
 * `client.phoneNumber(id).conversationalAutomation`.
 *
 * @example
 * await client.phoneNumber('106540352242922').conversationalAutomation.update({
 *   prompts: ['Track my order', 'Opening hours'],
 *   commands: [{ command_name: 'tickets', command_description: 'Book flight tickets' }],
 * });
 */
export class ConversationalAutomation extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Reads the current ice breakers, commands and welcome-message flag (`GET /{id}?fields=conversational_automation`).
   *
   * Returns `{}` when none were ever configured. Safe: retried on transient failures; counts toward the WABA's
   * management usage budget like any read of the number.
   *
   * @throws {APIError} mapped Graph errors.
   * @example
   * const { prompts, commands, enable_welcome_message } = await phone.conversationalAutomation.retrieve();
   */
  async retrieve(options?: RequestOptions): Promise<ConversationalAutomationInfo> {
    const node = await this._client.request(
      graphSpec(retrieveConversationalAutomation, {}, {
        method: 'GET',
        path: path`${this.#phoneNumberId}`,
        in: 'query',
        fixed: { fields: 'conversational_automation' },
        response: ConversationalAutomationNode,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
    return node.conversational_automation ?? {};
  }

  /**
   * Sets ice breakers, commands and/or the welcome-message flag. Each list you send replaces the previous one.
   *
   * Meta does not say what happens to a list you leave out, and [OA23] declares `prompts` and `commands` with a
   * default of `[]` — so send the complete configuration you want (read it with {@link ConversationalAutomation.retrieve} first) rather
   * than relying on omitted fields being kept. Safe: an idempotent set, retried on transient failures.
   *
   * @throws {ValidationError} for more than 4 prompts or 30 commands, a prompt over 80 characters, a command name
   *   over 32 or a description over 256, emoji anywhere, repeated command names, or an empty update (nothing sent).
   * @example
   * await phone.conversationalAutomation.update({ enable_welcome_message: true, prompts: [] });
   */
  update(params: ConversationalAutomationUpdateParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      graphSpec(updateConversationalAutomation, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/conversational_automation`,
        in: 'body',
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
  }
}
