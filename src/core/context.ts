import type { AsIsCheck } from '../internal/accepts-as-is.js';
import type { RegistrationGuard } from '../limits/registration-guard.js';
import type { UsageGuard } from '../limits/usage-guard.js';
import type { AppSecretProof } from './appsecret-proof.js';
import type { SdkLogger } from './logger.js';
import type { Redactor } from './redact.js';
import type { RetryBudget } from './retry-budget.js';
import type { Transport } from './transport.js';

/** Resolved client settings the pipeline reads on every call. @internal */
export interface ResolvedOptions {
  readonly apiVersion: string;
  readonly baseUrl: string;
  readonly timeout: number;
  readonly deadline: number | undefined;
  readonly maxRetries: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly validateResponses: boolean;
}

/** Everything a request needs from its client; resources never see it. @internal */
export interface ClientContext {
  readonly options: ResolvedOptions;
  readonly transport: Transport;
  readonly logger: SdkLogger;
  readonly redactor: Redactor;
  readonly proof: AppSecretProof | undefined;
  readonly registrationGuard: RegistrationGuard | undefined;
  readonly usageGuard: UsageGuard | undefined;
  readonly retryBudget: RetryBudget;
  readonly userAgent: string;
  /** Server hints up to this long are waited in process (reliability G4). */
  readonly maxHintMs: number;
  readonly resolveAccessToken: () => Promise<string>;
  /** Meta's title of a code, for errors whose body has no message (`WabaClient` only; issue #12). */
  readonly codeTitle: ((code: number) => string | undefined) | undefined;
  /** The response fast path (`acceptsAsIs`), set by `WabaClient`; a core client parses every response with zod. */
  readonly acceptsAsIs: AsIsCheck | undefined;
  readonly now: () => number;
  readonly random: () => number;
}
