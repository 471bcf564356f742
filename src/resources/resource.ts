import type { GraphRequester } from '../core/requester.js';

/** Base of the resource classes: they hold the client and an id, and describe operations for its pipeline. */
export abstract class APIResource {
  /** @internal */
  protected readonly _client: GraphRequester;

  /** @internal */
  constructor(client: GraphRequester) {
    this._client = client;
  }
}
