// Cold-start (and size) handler, @kapso/whatsapp-cloud-api side: create its client and read one number (it has no
// phone-number read helper, so through its generic `request`).
import { WhatsAppClient } from '@kapso/whatsapp-cloud-api';

const client = new WhatsAppClient({ accessToken: 'EAAbenchmarktoken', baseUrl: process.env.BENCH_GRAPH_URL, graphVersion: 'v23.0' });
const number = await client.request('GET', '106540352242922', { query: { fields: 'status,quality_rating,display_phone_number' }, responseType: 'json' });
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
