import { HttpResponse } from 'msw';
import { server } from './server.js';

/** Base URL used by the test clients. */
export const GRAPH = 'https://graph.facebook.com';

/** A Graph error envelope (contract §7.1). */
export function graphError(init: {
  status?: number;
  code: number;
  subcode?: number;
  message?: string;
  details?: string;
  isTransient?: boolean;
  headers?: Record<string, string>;
}): Response {
  return HttpResponse.json(
    {
      error: {
        message: init.message ?? `(#${init.code}) Test error`,
        type: 'OAuthException',
        code: init.code,
        ...(init.subcode === undefined ? {} : { error_subcode: init.subcode }),
        ...(init.isTransient === undefined ? {} : { is_transient: init.isTransient }),
        error_data: { messaging_product: 'whatsapp', details: init.details ?? 'test details' },
        fbtrace_id: 'AtestTraceId',
      },
    },
    { status: init.status ?? 400, ...(init.headers ? { headers: init.headers } : {}) },
  );
}

/** Counts requests that reach msw (every request the SDK sends), per method+path. */
export function countRequests(): { total: () => number; requests: Request[]; stop: () => void } {
  const requests: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    requests.push(request.clone());
  };
  server.events.on('request:start', listener);
  return {
    total: () => requests.length,
    requests,
    stop: () => server.events.removeListener('request:start', listener),
  };
}
