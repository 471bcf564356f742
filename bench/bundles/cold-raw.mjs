// Cold-start handler, baseline side: the same call with `fetch` + `JSON.parse`, bundled the same way.
const response = await fetch(`${process.env.BENCH_GRAPH_URL}/v23.0/106540352242922?fields=status%2Cquality_rating%2Cdisplay_phone_number`, {
  headers: { authorization: 'Bearer EAAbenchmarktoken' },
});
const number = JSON.parse(await response.text());
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
process.stdout.write('done\n');
