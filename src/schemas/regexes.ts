/**
 * The three regular expressions of zod's `z.regexes` that our schemas use, copied from zod 4.6.7
 * (`zod/v4/core/regexes.js`, MIT, © Colin McDonnell) so that they stay identical.
 *
 * Why not `z.regexes.domain`: `regexes` is a namespace re-exported by zod/mini, and reading a member through it
 * makes a bundler keep the whole namespace object — every regex zod has, 6.6 kB minified in each handler that
 * reaches one of these checks (issue #12, docs/performance.md "Where the weight comes from").
 * @internal
 */

/** A domain name of labels and a 2–63 letter TLD, at most 253 characters (zod's `regexes.domain`). @internal */
export const DOMAIN = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/** A dotted-quad IPv4 address (zod's `regexes.ipv4`). @internal */
export const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;

/** zod's default e-mail pattern, the one `z.email()` uses (zod's `regexes.email`). @internal */
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
