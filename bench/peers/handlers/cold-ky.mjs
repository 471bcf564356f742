// Cold-start (and size) handler, bare ky side: the same read as bench/bundles/cold-sdk.mjs with ky 2, `retry: 0`.
import ky from 'ky';

const number = await ky(`${process.env.BENCH_GRAPH_URL}/v23.0/106540352242922`, {
  retry: 0,
  headers: { authorization: 'Bearer EAAbenchmarktoken' },
  searchParams: { fields: 'status,quality_rating,display_phone_number' },
}).json();
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
