// Cold-start handler, wabakit side: the serverless way (docs/serverless.md) — the core client (guards on, response
// validation on) with the one resource the handler calls — reading one number. Bundled with esbuild (minified, ky
// and zod inlined) by bench/lib/bundles.mjs, then run as a brand-new process.
import { PhoneNumberCore, WabaCore } from '../../dist/index.js';

const core = new WabaCore({ accessToken: 'EAAbenchmarktoken', baseUrl: process.env.BENCH_GRAPH_URL });
const number = await new PhoneNumberCore(core, '106540352242922').retrieve({ fields: ['status', 'quality_rating', 'display_phone_number'] });
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
