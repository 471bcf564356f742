// The CAMS stand-in of the CAMS bench and profiler: a loopback HTTP server in its own process (so its CPU never
// counts against the client) that answers every request with one `QueryChatappPhoneNumbers` page of one number.
// It does not check signatures: the signing cost is the client's, and the bench compares it with a raw signed fetch.

import { spawn } from 'node:child_process';

const SERVER = `
const http = require('node:http');
const body = JSON.stringify({ RequestId: 'B7F2A1C3-0000-4C6B-9D1E-BENCH', Code: 'OK', Message: 'SUCCESS', Success: true,
  PhoneNumbers: [{ PhoneNumber: '6581234567', Status: 'CONNECTED', CodeVerificationStatus: 'VERIFIED', QualityRating: 'GREEN',
    MessagingLimitTier: 'TIER_1K', NameStatus: 'Approval', VerifiedName: 'Lucky Shrub', IsOfficial: 'N' }] });
const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); }); });
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

/** Starts the stand-in; resolves with its port and a `stop()`. */
export function startCamsServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', reject);
    child.stdout.once('data', (chunk) => resolve({ port: Number(String(chunk).trim()), stop: () => child.kill() }));
  });
}
