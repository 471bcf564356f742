// Cold-start handler, the design card's floor: the same read as bench/bundles/cold-sdk.mjs with ky 2 (`retry: 0`)
// and the answer checked by a three-field zod/mini schema — what any SDK built on ky and zod/mini pays before its
// own code (bench/tools/cold.mjs --file floor=…; docs/performance.md, "Cold start").
import ky from 'ky';
import * as z from 'zod/mini';

const PhoneNumber = z.looseObject({ id: z.string(), status: z.optional(z.string()), quality_rating: z.optional(z.string()) });
const number = PhoneNumber.parse(
  await ky(`${process.env.BENCH_GRAPH_URL}/v23.0/106540352242922`, {
    retry: 0,
    headers: { authorization: 'Bearer EAAbenchmarktoken' },
    searchParams: { fields: 'status,quality_rating,display_phone_number' },
  }).json(),
);
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
