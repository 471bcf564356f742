import type { z } from 'zod/mini';
import type { CamsOperationSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';

/**
 * What a CAMS resource needs from its client: one method that runs a spec through the pipeline. Resources depend
 * on this interface, not on `CamsClient`, so there is no import cycle and a handler can mount only the resource it
 * calls. @internal
 */
export interface CamsRequester {
  request<P extends z.ZodMiniType, S extends z.ZodMiniType, T>(spec: CamsOperationSpec<P, S, T>, options?: CamsRequestOptions): Promise<T>;
}

/** Base of the CAMS resource classes. */
export abstract class CamsResource {
  /** @internal */
  declare protected readonly _client: CamsRequester;

  /** @internal */
  constructor(client: CamsRequester) {
    this._client = client;
  }
}
