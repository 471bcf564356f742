// Cold-start handler, wabakit side: create the default client (guards on) and read one number. Bundled with
// esbuild (minified, ky and zod inlined) by bench/lib/bundles.mjs, then run as a brand-new process.
import { WabaClient } from '../../dist/index.js';

const client = new WabaClient({ accessToken: 'EAAbenchmarktoken', baseUrl: process.env.BENCH_GRAPH_URL });
const number = await client.phoneNumber('106540352242922').retrieve({ fields: ['status', 'quality_rating', 'display_phone_number'] });
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
