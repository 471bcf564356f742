/**
 * Finding a Meta (Graph) error code inside a CAMS error text (alibaba-cams.md §3.6): CAMS passes Meta failures on
 * as text (`ERR-FB-001` with Graph's message; "fails with error code 147005"). The format is unverified, so only
 * shapes that cannot be mistaken for something else are read.
 */

import { classifyGraphCode } from '../../errors/graph-codes.js';

// Meta codes run from 0 to seven digits (2494100, 2388xxx).
const GRAPH_PREFIX = /\(#(\d{1,7})\)/;
const LEADING = /^\s*(\d{3,7})\s*:/;
const EMBEDDED_JSON = /"error"\s*:\s*\{[^{}]*?"code"\s*:\s*"?(\d{1,7})"?/;
const PHRASE = /\b(?:meta|whatsapp|graph|facebook|fb)?\s*error[\s_-]*code\s*[:=#]?\s*\(?#?(\d{3,7})\b/i;

/**
 * The Meta error code in `text`, if any: Graph's `(#133016)`, a leading `131026:` (the webhook `ErrorDescription`
 * style), an embedded Graph error JSON `{"error":{…"code":133016…}}`, or "error code 147005". Outside `(#…)` and
 * embedded JSON, a number of 3–4 digits only counts when it is a code in wabakit's Graph catalog, so an HTTP status
 * such as `400:` never becomes a Meta code (WhatsApp's own codes have 5–7 digits).
 *
 * Pure; never throws.
 *
 * @example
 * extractMetaCode('(#133016) Account register deregister rate limit exceeded'); // 133016
 * extractMetaCode('Request was denied due to user flow control.');            // undefined
 */
export function extractMetaCode(text: string | undefined): number | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  const sample = text.length > 4_000 ? text.slice(0, 4_000) : text;
  for (const pattern of [GRAPH_PREFIX, EMBEDDED_JSON]) {
    const match = pattern.exec(sample);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  for (const pattern of [LEADING, PHRASE]) {
    const match = pattern.exec(sample);
    if (match?.[1] !== undefined && plausible(match[1])) return Number(match[1]);
  }
  return undefined;
}

function plausible(digits: string): boolean {
  return digits.length >= 5 || classifyGraphCode(Number(digits)) !== undefined;
}
