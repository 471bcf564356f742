/**
 * The request side of the contract tests, shared by every surface: a table of cases, each sending one operation
 * through a real client (with an app secret, so `appsecret_proof` rides along as in production) and checking the
 * request against Meta's OpenAPI operation — method, path template, query names, body properties.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { expect, it } from 'vitest';
import type { WabaClient } from '../../src/client.js';
import { makeClient } from '../helpers/client.js';
import { GRAPH } from '../helpers/graph.js';
import { server } from '../helpers/server.js';
import { expectBodyMatches, expectQueryMatches, matchesTemplate, operation, requestBodyVariants, type SchemaObject } from './spec.js';

/** One operation to check against the spec. */
export interface ContractCase {
  readonly name: string;
  /** The spec's path template, e.g. `/{Version}/{Phone-Number-ID}/register`. */
  readonly template: string;
  readonly method: 'get' | 'post' | 'delete';
  readonly call: (client: WabaClient) => Promise<unknown>;
  /** What the fake Graph answers. @default { success: true } */
  readonly answer?: JsonBodyType;
  /** Turns the spec's body variants into the documented truth (contract §8); say why in `patched`. */
  readonly patch?: (variants: SchemaObject[]) => SchemaObject[];
  readonly patched?: string;
  /** Query names that are Graph conventions rather than listed per operation (paging, contract §1.2). */
  readonly extraQuery?: readonly string[];
}

/** What one operation sent. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
}

/** Runs the case's call and returns the one request it sent. */
export async function sendOnce(testCase: Pick<ContractCase, 'call' | 'answer'> & Partial<ContractCase>): Promise<SentRequest> {
  const sent: SentRequest[] = [];
  server.use(
    http.all(`${GRAPH}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      sent.push({ method: request.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: text ? (JSON.parse(text) as unknown) : undefined });
      return HttpResponse.json(testCase.answer ?? { success: true });
    }),
  );
  await testCase.call(makeClient({ appSecret: 'contract-test-app-secret' }));
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

/** One `it` per case: the request fits the spec's operation (patched where the case says so). */
export function itMatchesTheSpec(cases: readonly ContractCase[]): void {
  for (const testCase of cases) {
    it(`${testCase.name} → ${testCase.method.toUpperCase()} ${testCase.template}${testCase.patched ? ` (patched: ${testCase.patched})` : ''}`, async () => {
      const op = operation(testCase.template, testCase.method);
      const request = await sendOnce(testCase);
      expect(request.method).toBe(testCase.method.toUpperCase());
      expect(matchesTemplate(testCase.template, request.path), `${request.path} does not fit ${testCase.template}`).toBe(true);
      expectQueryMatches(op, request.query, testCase.extraQuery);
      const variants = testCase.patch ? testCase.patch(requestBodyVariants(op)) : requestBodyVariants(op);
      const bodyProperties = Object.keys((request.body ?? {}) as object).filter((k) => k !== 'appsecret_proof');
      if (variants.length > 0) expectBodyMatches(variants, request.body);
      else expect(bodyProperties, 'the spec documents no body for this operation').toEqual([]);
    });
  }
}

/** Schema-building shorthands for patches. */
export const object = (properties: SchemaObject, required: string[] = []): SchemaObject => ({ type: 'object', properties, required });
export const str = { type: 'string' };
export const bool = { type: 'boolean' };
