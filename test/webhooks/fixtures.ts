import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('../fixtures/webhooks/', import.meta.url);

/** Names of the JSON fixtures (without `.json`), e.g. `account_update.account-deleted`. */
export function fixtureNames(): string[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** A JSON fixture, parsed. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Record<string, unknown>;
}

/** A raw fixture's exact bytes (under `raw/`). */
export function rawFixture(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(new URL(`raw/${name}`, DIR)));
}

/** Reference signature computed with node:crypto — an implementation independent of the one under test. */
export function nodeSignature(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
