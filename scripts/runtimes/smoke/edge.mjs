// Smoke entry for Vercel's edge-runtime, bundled with esbuild into one script (the runtime evaluates a script that
// registers a `fetch` listener). Same split as worker.mjs: loopback URL from the host, onboarding in-runtime.
import * as testing from 'wabakit/testing';
import { cams } from './cams-hook.mjs';
import { runSmoke } from './suite.mjs';

addEventListener('fetch', (event) => {
  event.respondWith(
    (async () => {
      const params = new URL(event.request.url).searchParams;
      const loopback = JSON.parse(params.get('loopback'));
      const sim = testing.createSimulator({ seed: 2 });
      const results = await runSmoke({
        loopback,
        graph: { via: 'sim.fetch in the edge runtime', clientOptions: { fetch: sim.fetch }, simulator: sim },
        testing,
        cams,
        cases: JSON.parse(params.get('cases') ?? '{}'),
        mswMayNotLoad: 'msw does not run in edge-runtime',
      });
      return new Response(JSON.stringify(results), { headers: { 'content-type': 'application/json' } });
    })(),
  );
});
