// Cold-start (and size) handler, @great-detail/whatsapp side: create its client and read one number.
// graphVersion ends in '/': see bench/peers/sides.mjs.
import Client from '@great-detail/whatsapp';

const client = new Client({
  baseUrl: process.env.BENCH_GRAPH_URL,
  graphVersion: 'v23.0/',
  request: { headers: { Authorization: 'Bearer EAAbenchmarktoken' } },
});
const number = await client.phoneNumbers.getPhoneNumber({ phoneNumberID: '106540352242922', fields: ['status', 'quality_rating', 'display_phone_number'] }).json();
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
