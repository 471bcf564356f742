/**
 * Loading Meta's OpenAPI spec [OA23] for contract tests: find an operation, resolve `$ref`s, list its request
 * properties and its documented examples, and compare an outgoing request with it.
 *
 * The spec is the shared copy (`shared/spec/business-messaging-api_v23.0.yaml`, next to the repository);
 * `WABAKIT_SPEC_PATH` points elsewhere. Where the spec is wrong, contract §8 wins: tests apply the patch and say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect } from 'vitest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SchemaObject = { [key: string]: Json };

const DEFAULT_PATH = fileURLToPath(new URL('../../../shared/spec/business-messaging-api_v23.0.yaml', import.meta.url));
const SPEC_PATH = process.env['WABAKIT_SPEC_PATH'] ?? DEFAULT_PATH;

let cached: SchemaObject | undefined;

/** The parsed spec (read once per test file). */
export function spec(): SchemaObject {
  if (!cached) {
    if (!existsSync(SPEC_PATH)) throw new Error(`OpenAPI spec not found at ${SPEC_PATH}; set WABAKIT_SPEC_PATH`);
    cached = parse(readFileSync(SPEC_PATH, 'utf8')) as SchemaObject;
  }
  return cached;
}

/** `node` with every `$ref` replaced by its target (cycles cut after the first visit). */
export function resolve(node: Json, seen: ReadonlySet<string> = new Set()): Json {
  if (Array.isArray(node)) return node.map((item) => resolve(item, seen));
  if (node === null || typeof node !== 'object') return node;
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    if (seen.has(ref)) return {};
    let target: Json = spec();
    for (const part of ref.replace(/^#\//, '').split('/')) target = (target as SchemaObject)[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json;
    return resolve(target, new Set([...seen, ref]));
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, seen)]));
}

/** One resolved operation of the spec, e.g. `operation('/{Version}/{Phone-Number-ID}/register', 'post')`. */
export function operation(pathTemplate: string, method: 'get' | 'post' | 'delete'): SchemaObject {
  const paths = spec()['paths'] as SchemaObject;
  const item = paths[pathTemplate] as SchemaObject | undefined;
  const op = item?.[method];
  if (!op) throw new Error(`the spec has no ${method.toUpperCase()} ${pathTemplate}`);
  return resolve(op) as SchemaObject;
}

/** True when `actualPath` (e.g. `/v23.0/106540352242922/register`) fits `template` (`/{Version}/{Phone-Number-ID}/register`). */
export function matchesTemplate(template: string, actualPath: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(actualPath);
}

/** Names of the operation's query parameters (header and path parameters left out). */
export function queryParameters(op: SchemaObject): string[] {
  const params = (op['parameters'] ?? []) as SchemaObject[];
  return params.filter((p) => p['in'] === 'query').map((p) => p['name'] as string);
}

/** The JSON request-body schema, or its `oneOf` variants; `[]` when the operation has no body. */
export function requestBodyVariants(op: SchemaObject): SchemaObject[] {
  const body = op['requestBody'] as SchemaObject | undefined;
  const content = body?.['content'] as SchemaObject | undefined;
  const schema = (content?.['application/json'] as SchemaObject | undefined)?.['schema'] as SchemaObject | undefined;
  if (!schema) return [];
  const variants = schema['oneOf'] as SchemaObject[] | undefined;
  return variants ?? [schema];
}

/** Named examples of a response (`examples`) plus the single `example`, if any. */
export function responseExamples(op: SchemaObject, status = '200'): { name: string; value: Json }[] {
  const response = (op['responses'] as SchemaObject | undefined)?.[status] as SchemaObject | undefined;
  const json = (response?.['content'] as SchemaObject | undefined)?.['application/json'] as SchemaObject | undefined;
  if (!json) return [];
  const named = Object.entries((json['examples'] ?? {}) as SchemaObject).map(([name, example]) => ({ name, value: (example as SchemaObject)['value'] as Json }));
  return json['example'] === undefined ? named : [...named, { name: 'example', value: json['example'] }];
}

/** Named examples of the request body. */
export function requestExamples(op: SchemaObject): { name: string; value: Json }[] {
  const content = (op['requestBody'] as SchemaObject | undefined)?.['content'] as SchemaObject | undefined;
  const json = content?.['application/json'] as SchemaObject | undefined;
  return Object.entries((json?.['examples'] ?? {}) as SchemaObject).map(([name, example]) => ({ name, value: (example as SchemaObject)['value'] as Json }));
}

/** Patches a resolved schema in place (contract §8), e.g. renaming a property. Returns the schema. */
export function patchProperties(schema: SchemaObject, patch: (properties: SchemaObject) => void): SchemaObject {
  const properties = (schema['properties'] ?? {}) as SchemaObject;
  patch(properties);
  schema['properties'] = properties;
  return schema;
}

/**
 * Asserts that `body` fits one of the body variants: every key it sends is a documented property (recursively
 * for nested objects), and every required property is present. Extra keys the SDK itself adds
 * (`appsecret_proof`) are ignored.
 */
export function expectBodyMatches(variants: readonly SchemaObject[], body: unknown): void {
  expect(variants.length, 'the spec documents no request body for this operation').toBeGreaterThan(0);
  const problems = variants.map((variant) => bodyProblems(variant, body, ''));
  const fitting = problems.find((list) => list.length === 0);
  expect(fitting, `body does not fit any documented variant:\n${problems.map((p) => p.join('; ')).join('\n')}`).toBeDefined();
}

function bodyProblems(schema: SchemaObject, value: unknown, at: string): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    const items = schema['items'] as SchemaObject | undefined;
    return items ? value.flatMap((item, i) => bodyProblems(items, item, `${at}[${i}]`)) : [];
  }
  const properties = schema['properties'] as SchemaObject | undefined;
  if (!properties) return [];
  const problems: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'appsecret_proof' && at === '') continue;
    const property = properties[key] as SchemaObject | undefined;
    if (!property) problems.push(`${at}${key} is not a documented property`);
    else problems.push(...bodyProblems(property, inner, `${at}${key}.`));
  }
  for (const key of (schema['required'] ?? []) as string[]) {
    if (!(key in value)) problems.push(`${at}${key} is required but missing`);
  }
  return problems;
}

/** Asserts that every query key sent is a documented query parameter of the operation. */
export function expectQueryMatches(op: SchemaObject, query: Record<string, string>, extra: readonly string[] = []): void {
  const documented = new Set([...queryParameters(op), ...extra, 'appsecret_proof']);
  for (const key of Object.keys(query)) expect(documented.has(key), `query parameter ${key} is not documented`).toBe(true);
}
