/**
 * Query string and body of one operation, as they go on the wire. On its own so that `OperationSpec`'s envelope
 * can name it without importing the wire layout (which imports `OperationSpec`).
 */
export interface WireRequest {
  /** The encoded query without `?` (`fields=status%2Cthroughput`); `''` when there is none. */
  readonly query: string;
  readonly json: Record<string, unknown> | undefined;
  /** Raw bytes (see `OperationSpec.rawBody`) or a form body (`bodyEncoding: 'form'`) instead of JSON. */
  readonly body: Uint8Array | ArrayBuffer | Blob | URLSearchParams | undefined;
}
