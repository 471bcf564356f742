// A loopback server that answers like Graph for the two routes the bench calls. Run as its own process
// (`node bench/lib/graph-server.mjs`) so that its CPU time never counts against the client being measured.
// It prints `{"port":N}` once listening on 127.0.0.1 and exits when its stdin closes (i.e. when the bench,
// or whatever started it, goes away) — it cannot outlive the run.
//
//   GET /{version}/{PHONE_NUMBER_ID}?fields=a,b          → the phone-number node, only the fields asked for
//   GET /{version}/{WABA_ID}/phone_numbers?limit&after&fields → pages of BENCH_TOTAL numbers (default 10,000)
//
// Every answer carries X-App-Usage and X-Business-Use-Case-Usage at 1 %, like real Graph responses, so the
// SDK's usage guard parses them on every call (its real cost) but never has a reason to slow down.

import { createServer } from 'node:http';
import { DEFAULT_FIELDS, FULL_PHONE_NUMBER, WABA_ID, listItem } from './fixtures.mjs';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 10_000);

const USAGE_HEADERS = {
  'x-app-usage': JSON.stringify({ call_count: 1, total_cputime: 1, total_time: 1 }),
  'x-business-use-case-usage': JSON.stringify({
    [WABA_ID]: [
      { type: 'whatsapp_business_management', call_count: 1, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 0 },
    ],
  }),
};

const nodeBodies = new Map();
const pageBodies = new Map();

function fieldsOf(url) {
  const raw = url.searchParams.get('fields');
  return raw ? raw.split(',') : DEFAULT_FIELDS;
}

function nodeBody(url) {
  const key = url.searchParams.get('fields') ?? '';
  let body = nodeBodies.get(key);
  if (body === undefined) {
    const node = { id: FULL_PHONE_NUMBER.id };
    for (const field of fieldsOf(url)) if (field in FULL_PHONE_NUMBER) node[field] = FULL_PHONE_NUMBER[field];
    body = Buffer.from(JSON.stringify(node));
    nodeBodies.set(key, body);
  }
  return body;
}

// Cursors are opaque to clients; here they are base64 of the offset, as Graph's are base64 of something.
const cursor = (offset) => Buffer.from(`offset:${offset}`).toString('base64');
const offsetOf = (value) => (value ? Number(Buffer.from(value, 'base64').toString().slice('offset:'.length)) : 0);

function pageBody(url, origin) {
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 25)));
  const offset = offsetOf(url.searchParams.get('after'));
  const key = `${url.searchParams.get('fields') ?? ''}|${limit}|${offset}`;
  let body = pageBodies.get(key);
  if (body === undefined) {
    const fields = fieldsOf(url);
    const end = Math.min(TOTAL, offset + limit);
    const data = [];
    for (let i = offset; i < end; i++) data.push(listItem(i, fields));
    const paging = { cursors: { before: cursor(offset), after: cursor(end) } };
    if (end < TOTAL) {
      const next = new URL(url.pathname, origin);
      for (const [name, value] of url.searchParams) if (name !== 'after') next.searchParams.set(name, value);
      next.searchParams.set('after', cursor(end));
      paging.next = next.href;
    }
    body = Buffer.from(JSON.stringify({ data, paging }));
    pageBodies.set(key, body);
  }
  return body;
}

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const origin = `http://${req.headers.host}`;
  const url = new URL(req.url ?? '/', origin);
  const parts = url.pathname.split('/').filter(Boolean); // [version, id, edge?]
  let status = 200;
  let body;
  if (req.method === 'GET' && parts.length === 2 && /^\d+$/.test(parts[1])) body = nodeBody(url);
  else if (req.method === 'GET' && parts.length === 3 && parts[2] === 'phone_numbers') body = pageBody(url, origin);
  else {
    status = 400;
    body = Buffer.from(
      JSON.stringify({ error: { message: 'Unknown path components', type: 'OAuthException', code: 2500, fbtrace_id: 'AbEnCh' } }),
    );
  }
  req.resume();
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': body.length,
    'x-fb-trace-id': 'AbEnChMaRk1',
    ...USAGE_HEADERS,
  });
  res.end(body);
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});

// Stop with the parent: stdin is a pipe from the bench; EOF means the bench is gone or done.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
