import http from 'node:http';
import type { ApiErrorCode, ApiResult } from '../../shared/api/result';
import { MAX_WORKSHOP_FILE_BYTES } from '../../shared/workshop-file/file-limits';
import type { Dispatch } from '../api/dispatch';
import type { ChangeFeed } from '../feed/change-feed';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { checkApiRequest, newToken } from './request-guard';
import { readStaticFile } from '../http/static-files';
import { isLanguage, type Language } from '../../shared/i18n/languages';

/**
 * Room for a workshop file at its size limit sent as a JSON string, whose quotes and line breaks
 * grow when escaped; larger bodies are refused before they are buffered.
 */
export const MAX_REQUEST_BYTES = 2 * MAX_WORKSHOP_FILE_BYTES;

/** The page's language, which it names in Accept-Language (the app's, not only the browser's): a refusal is written in it. */
function requestLanguage(request: http.IncomingMessage): Language | undefined {
  const primary = request.headers['accept-language']?.split(/[,;-]/)[0]?.trim().toLowerCase() ?? '';
  return isLanguage(primary) ? primary : undefined;
}

export const API_PATH = '/api/invoke';

/** The live feed: one long GET per window, answered with one JSON event per line (see ../feed). */
export const FEED_PATH = '/api/feed';

/** A blank line this often keeps the feed's connection warm, so a window notices a dead host. */
export const FEED_HEARTBEAT_MS = 10_000;

/**
 * A window whose feed holds this much unsent is not reading (frozen, or hostile): the host closes
 * its feed rather than keep the rest in memory. A window that wakes reconnects and catches up
 * from the change log. Checked before each event, so one large event still reaches a slow reader.
 */
export const FEED_MAX_BACKLOG_BYTES = 16 * 1024 * 1024;

export type BrowserHostOptions = {
  dispatch: Dispatch;
  feed?: ChangeFeed;
  staticDir: string;
  port?: number;
  token?: string;
  maxRequestBytes?: number;
};

export type BrowserHost = { url: string; origin: string; port: number; token: string; close: () => Promise<void> };

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Serves the built renderer and the API on 127.0.0.1 only. The API is the same dispatch that
 * Electron's IPC bridge calls; this is a second transport, not a second implementation.
 */
export async function startBrowserHost({
  dispatch,
  feed,
  staticDir,
  port = 0,
  token = newToken(),
  maxRequestBytes = MAX_REQUEST_BYTES,
}: BrowserHostOptions): Promise<BrowserHost> {
  let boundPort = 0;
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[browser-host] request failed:', error);
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'The app could not answer this request'));
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === FEED_PATH && feed) {
      if (request.method !== 'GET') return sendJson(response, 405, failure('invalid-input', 'Use GET for the live feed'));
      const verdict = checkApiRequest(request, boundPort, token);
      if (!verdict.ok) return sendJson(response, verdict.status, failure('forbidden', verdict.message));
      return streamFeed(feed, request, response);
    }
    if (url.pathname === API_PATH) {
      if (request.method !== 'POST') return sendJson(response, 405, failure('invalid-input', 'Use POST for API calls'));
      const verdict = checkApiRequest(request, boundPort, token);
      if (!verdict.ok) return sendJson(response, verdict.status, failure('forbidden', verdict.message));
      if (!isJson(request)) return sendJson(response, 415, failure('invalid-input', 'API calls must be sent as application/json'));
      const body = await readBody(request, maxRequestBytes);
      if (body === TOO_LARGE) {
        response.once('finish', () => request.destroy());
        return sendJson(response, 413, failure('invalid-input', 'The request is too large'), { Connection: 'close' });
      }
      const call = parseCall(body);
      if (!call) return sendJson(response, 400, failure('invalid-input', 'The request is not a JSON object with a channel and an input'));
      return sendJson(response, 200, await dispatch(call.channel, call.input, requestLanguage(request)));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, failure('invalid-input', 'Method not allowed'));
    }
    const file = readStaticFile(staticDir, url.pathname);
    if (!file) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Cache-Control': file.contentType.startsWith('text/html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    server.close();
    throw new Error('The browser host is not listening on a TCP port');
  }
  boundPort = address.port;
  const origin = `http://127.0.0.1:${boundPort}`;
  return {
    origin,
    url: `${origin}/#token=${token}`,
    port: boundPort,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends the feed's events as lines of JSON until the window goes away or the host closes. */
function streamFeed(feed: ChangeFeed, request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
  });
  response.flushHeaders();
  const unsubscribe = feed.subscribe((event) => {
    if (response.writableLength > FEED_MAX_BACKLOG_BYTES) response.destroy();
    else response.write(`${JSON.stringify(event)}\n`);
  });
  const heartbeat = setInterval(() => response.write('\n'), FEED_HEARTBEAT_MS);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.once('close', stop);
  response.once('close', stop);
}

function failure(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(response: http.ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(payload));
}

/** A form post from another page cannot send this content type without a CORS preflight, which we never grant. */
function isJson(request: http.IncomingMessage): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}

/**
 * Reads the body up to `limit` bytes. Past the limit it stops reading (the socket applies
 * backpressure to the sender) instead of buffering or draining the rest, so memory stays bounded
 * whatever a client sends; the caller answers 413 and closes the connection.
 */
const TOO_LARGE = Symbol('too-large');

function readBody(request: http.IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

function parseCall(body: string): { channel: unknown; input: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('channel' in parsed)) return null;
    return { channel: parsed.channel, input: 'input' in parsed ? parsed.input : undefined };
  } catch {
    return null;
  }
}
