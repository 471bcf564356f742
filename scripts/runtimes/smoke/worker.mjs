// Smoke entry for Cloudflare Workers (workerd via miniflare), bundled with esbuild like a Worker's code. The host
// passes the URL of a loopback simulator it seeded (`?loopback=<json>`); the onboarding flow runs against a
// simulator inside the Worker through its fetch adapter: `wabakit/testing` must bundle and run here.
import * as testing from 'wabakit/testing';
import { cams } from './cams-hook.mjs';
import { runSmoke } from './suite.mjs';

export default {
  async fetch(request) {
    const params = new URL(request.url).searchParams;
    const loopback = JSON.parse(params.get('loopback'));
    const sim = testing.createSimulator({ seed: 2 });
    const results = await runSmoke({
      loopback,
      graph: { via: 'sim.fetch in the Worker', clientOptions: { fetch: sim.fetch }, simulator: sim },
      testing,
      cams,
      cases: JSON.parse(params.get('cases') ?? '{}'),
      mswMayNotLoad: 'msw does not run in workerd',
    });
    return Response.json(results);
  },
};
