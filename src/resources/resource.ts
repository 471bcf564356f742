import type { WabaClient } from '../client.js';

/** Base of the resource classes: they hold the client and an id, and describe operations for its pipeline. */
export abstract class APIResource {
  /** @internal */
  protected readonly _client: WabaClient;

  /** @internal */
  constructor(client: WabaClient) {
    this._client = client;
  }
}
