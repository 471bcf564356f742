/**
 * A complete HTTP answer of the Graph simulator before any fault is applied. On its own so that the batch endpoint
 * (`batch.ts`), which runs its items through the pipeline, can name it without importing the pipeline.
 * @internal
 */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}
