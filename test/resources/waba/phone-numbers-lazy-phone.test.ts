/**
 * Cold-start budget (style §6.8): `waba.phoneNumbers.add({ cc, phone_number })` must never load `src/phone.ts`
 * (and with it libphonenumber-js); only `add({ phone })` may. Both modules are replaced by counting pass-throughs
 * before the SDK is imported, so any load — static or dynamic — is seen.
 */
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GRAPH } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const WABA = '102290129340398';
const loads = { phone: 0, libphonenumber: 0 };

beforeAll(() => {
  vi.resetModules();
  vi.doMock('../../../src/phone.js', async () => {
    loads.phone += 1;
    return await vi.importActual('../../../src/phone.js');
  });
  vi.doMock('libphonenumber-js/min', async () => {
    loads.libphonenumber += 1;
    return await vi.importActual('libphonenumber-js/min');
  });
});

describe('libphonenumber-js is loaded only for add({ phone })', () => {
  it('is not loaded by importing the client, nor by add({ cc, phone_number })', async () => {
    const { makeClient } = await import('../../helpers/client.js');
    server.use(http.post(`${GRAPH}/v23.0/${WABA}/phone_numbers`, () => HttpResponse.json({ id: '1' })));
    await makeClient().waba(WABA).phoneNumbers.add({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' });
    expect(loads).toEqual({ phone: 0, libphonenumber: 0 });
  });

  it('is loaded once add({ phone }) needs it', async () => {
    const { makeClient } = await import('../../helpers/client.js');
    let body: unknown;
    server.use(http.post(`${GRAPH}/v23.0/${WABA}/phone_numbers`, async ({ request }) => ((body = await request.json()), HttpResponse.json({ id: '1' }))));
    await makeClient().waba(WABA).phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Lucky Shrub' });
    expect(loads.phone).toBe(1);
    expect(loads.libphonenumber).toBe(1);
    expect(body).toEqual({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub' });
  });
});
