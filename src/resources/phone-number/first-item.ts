/**
 * Some Graph reads of a single thing still answer with a list: `GET /whatsapp_business_profile`,
 * `GET /whatsapp_commerce_settings` and `GET /message_qrdls/{code}` return `{ data: [ item ] }` (contract §3.6,
 * §3.8, §3.10). Resource methods unwrap it so users get the item.
 *
 * Done after the pipeline rather than in the response schema, so the unwrap also happens when a client turns
 * response validation off (`validateResponses: false` returns the raw body, skipping schema transforms).
 * @internal
 */
export function firstItem<Item>(body: { readonly data: readonly Item[] }): Item | undefined {
  const data = (body as { data?: unknown } | null | undefined)?.data;
  return Array.isArray(data) ? (data[0] as Item | undefined) : undefined;
}
