import type { WabaClient } from '../../src/client.js';
import { GRAPH } from './graph.js';

/**
 * Every operation with side effects (retry class `never`), for the "sent exactly once under every fault" suite
 * (reliability G1). Add each new `never` method here: the suite runs every fault kind against it.
 */
export interface NeverOperation {
  readonly name: string;
  /** The URL msw answers (with faults); `:param` placeholders allowed. */
  readonly url: string;
  readonly method?: 'post' | 'delete' | 'get';
  readonly call: (client: WabaClient) => Promise<unknown>;
}

export const PHONE = '106540352242922';
export const WABA = '102290129340398';

export const NEVER_OPERATIONS: NeverOperation[] = [
  { name: 'register', url: `${GRAPH}/v23.0/${PHONE}/register`, call: (c) => c.phoneNumber(PHONE).register({ pin: '012345' }) },
  { name: 'deregister', url: `${GRAPH}/v23.0/${PHONE}/deregister`, call: (c) => c.phoneNumber(PHONE).deregister() },
];
