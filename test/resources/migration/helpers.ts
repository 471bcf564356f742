import { http, HttpResponse } from 'msw';
import type { FlowCheckpoint } from '../../../src/resources/migration/checkpoint.js';
import { GRAPH } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

export const WABA = '102290129340398';
export const PHONE = '106540352242922';
export const NODE = `${GRAPH}/v23.0/${PHONE}`;

/** A fake Graph for one number: its state, and every POST the flow sends (path + body). */
export function fakeNumber(initial: { status?: string; code_verification_status?: string; display_phone_number?: string }) {
  const state = { status: 'PENDING', code_verification_status: 'NOT_VERIFIED', display_phone_number: '+65 8123 4567', ...initial };
  const posts: { path: string; body: Record<string, unknown> }[] = [];
  let reads = 0;
  server.use(
    http.get(NODE, () => {
      reads += 1;
      return HttpResponse.json({ id: PHONE, ...state });
    }),
    http.post(`${GRAPH}/v23.0/${WABA}/phone_numbers`, async ({ request }) => {
      posts.push({ path: 'phone_numbers', body: (await request.json()) as Record<string, unknown> });
      return HttpResponse.json({ id: PHONE });
    }),
    http.post(`${NODE}/request_code`, async ({ request }) => {
      posts.push({ path: 'request_code', body: (await request.json()) as Record<string, unknown> });
      return HttpResponse.json({ success: true });
    }),
    http.post(`${NODE}/verify_code`, async ({ request }) => {
      posts.push({ path: 'verify_code', body: (await request.json()) as Record<string, unknown> });
      state.code_verification_status = 'VERIFIED';
      return HttpResponse.json({ success: true });
    }),
    http.post(`${NODE}/register`, async ({ request }) => {
      posts.push({ path: 'register', body: (await request.json()) as Record<string, unknown> });
      state.status = 'CONNECTED';
      return HttpResponse.json({ success: true });
    }),
  );
  return { state, posts, reads: () => reads };
}

export function checkpoint(overrides: Partial<FlowCheckpoint> = {}): FlowCheckpoint {
  return {
    version: 1,
    kind: 'migration',
    wabaId: WABA,
    phoneNumberId: PHONE,
    cc: '65',
    phone_number: '81234567',
    step: 'code-requested',
    codeMethod: 'SMS',
    language: 'en_US',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
