/** The wabakit version, sent in the `User-Agent` header. Kept in sync with package.json by `scripts/sync-version.mjs`. */
export const VERSION = '0.0.0';
