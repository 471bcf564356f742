import type { SdkLogger } from '../../core/logger.js';
import type { PipelineContext } from '../../core/pipeline.js';
import type { Redactor } from '../../core/redact.js';
import type { AsIsCheck } from '../../internal/accepts-as-is.js';
import type { CamsCredentials } from '../signing/acs3.js';

/** Resolved CAMS client settings. @internal */
export interface CamsResolvedOptions {
  readonly host: string;
  readonly timeout: number;
  readonly deadline: number | undefined;
  readonly maxRetries: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly validateResponses: boolean;
  readonly custSpaceId: string | undefined;
}

/** Everything a CAMS call needs from its client; resources never see it. @internal */
export interface CamsContext extends PipelineContext {
  readonly options: CamsResolvedOptions;
  readonly logger: SdkLogger;
  readonly redactor: Redactor;
  readonly credentials: () => Promise<CamsCredentials>;
  /** Waits for a slot of `action`'s QPS; undefined when the limiter is off. */
  readonly acquireQps: ((action: string, signal: AbortSignal | undefined) => Promise<void>) | undefined;
  readonly userAgent: string;
  /** The response fast path (`acceptsAsIs`), set by `CamsClient`; a core client parses every response with zod. */
  readonly acceptsAsIs: AsIsCheck | undefined;
}
