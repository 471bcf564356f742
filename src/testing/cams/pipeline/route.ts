import type { CamsCall, CamsPayload } from './call.js';

/** One CAMS operation of the simulator. @internal */
export interface CamsRoute {
  readonly run: (call: CamsCall) => CamsPayload;
  /** Whether the operation's response model has `Success` (contract §4 "envelope"). */
  readonly success: boolean;
  /** Documented per-user QPS (contract §3.5); `undefined` where none is documented. */
  readonly qps: number | undefined;
}

/** A route table: `x-acs-action` → operation. @internal */
export type CamsRoutes = Readonly<Record<string, CamsRoute>>;

/** `qps`: the documented rate (10/s unless §3.5 says otherwise), or `'undocumented'`. @internal */
export function route(run: CamsRoute['run'], success: boolean, qps: number | 'undocumented' = 10): CamsRoute {
  return { run, success, qps: qps === 'undocumented' ? undefined : qps };
}
