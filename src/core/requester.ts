import type { z } from 'zod/mini';
import type { IdentityStore } from '../resources/identity-check/identity-store.js';
import type { OperationSpec } from './operation.js';
import type { RequestOptions } from './options.js';

/**
 * What a Graph resource needs from its client: one method that runs a spec through the pipeline, and the identity
 * store. Resources depend on this interface, never on `WabaClient`, so clients import resources and not the other
 * way round (no import cycle), and a small core client can mount only the resources a handler calls. @internal
 */
export interface GraphRequester {
  request<P extends z.ZodMiniType, R extends z.ZodMiniType>(spec: OperationSpec<P, R>, options?: RequestOptions): Promise<z.output<R>>;
  /** The client family's identity store, created with `createDefault` by the first identity check if none was configured. */
  sharedIdentityStore(createDefault: () => IdentityStore): IdentityStore;
}
