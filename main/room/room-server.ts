import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { ROOM_API_PATH, ROOM_LIVE_PATH, RoomLiveHelloSchema, type RoomResult } from '../../shared/api/room-participant-api';
import { translator } from '../../shared/i18n/i18n-instance';
import { DEFAULT_LANGUAGE, languageOfAcceptLanguage } from '../../shared/i18n/languages';
import { MAX_REQUEST_BYTES } from '../../shared/room/room-limits';
import type { RoomDeviceRow } from '../store/room/room-devices';
import { participantPagePolicy, readPageFile } from './participant-page';
import type { RoomDispatch } from './room-dispatch';
import type { RoomLive } from './room-live';

export type RoomServerOptions = {
  /** The facilitator's chosen interface address; the server listens there and nowhere else. */
  address: string;
  port: number;
  dispatch: RoomDispatch;
  live: RoomLive;
  authenticate: (token: string) => RoomDeviceRow | undefined;
  /** The participant page's built files. */
  pageDir: string;
};

export type RoomServer = { origin: string; port: number; close: () => Promise<void> };

const HELLO_TIMEOUT_MS = 5_000;
const PING_INTERVAL_MS = 15_000;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/**
 * The room server: a second HTTP server, started only while the room is open, bound to the
 * chosen interface's address on its own port. It serves the participant page, the participant
 * API (`POST /api/<channel>`) and the live socket (`/live`), and nothing of the facilitator's
 * API. Every request must be addressed to this address and port (which defeats DNS rebinding)
 * and, when the browser names an origin, come from this server's own page (which defeats other
 * web pages); bodies larger than the limit are refused unread.
 */
export async function startRoomServer({ address, port, dispatch, live, authenticate, pageDir }: RoomServerOptions): Promise<RoomServer> {
  let origin = '';
  const server = http.createServer((request, response) => {
    void answer(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
      else response.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.maxHeadersCount = 50;

  function addressedToUs(request: IncomingMessage): boolean {
    const host = request.headers.host ?? '';
    const from = request.headers.origin;
    return `http://${host}` === origin && (from === undefined || from === origin);
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!addressedToUs(request)) return sendText(response, 403, 'This address only serves the room of the Value Stream Workshop on this network.');
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith(ROOM_API_PATH)) {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST.');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return sendText(response, 415, 'Send JSON.');
      // The phone names the language of its page; a refusal is written in it.
      const language = languageOfAcceptLanguage(request.headers['accept-language']) ?? DEFAULT_LANGUAGE;
      const words = translator(language, 'apiRefusals');
      const body = await readBody(request);
      if (body === null) return send(response, 413, { ok: false, error: { code: 'too-large', message: words('phone.tooMuch') } });
      let input: unknown;
      try {
        input = JSON.parse(body.length === 0 ? '{}' : body.toString('utf8'));
      } catch {
        return send(response, 400, { ok: false, error: { code: 'invalid-input', message: words('phone.notJson') } });
      }
      const token = /^Bearer ([\w-]{1,100})$/.exec(request.headers.authorization ?? '')?.[1] ?? null;
      const address = request.socket.remoteAddress ?? '';
      const result = dispatch({ channel: url.pathname.slice(ROOM_API_PATH.length), input, token, address, language });
      return send(response, 200, result);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Use GET.');
    const file = readPageFile(pageDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found.');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.body.length,
      'Content-Security-Policy': participantPagePolicy(origin),
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_REQUEST_BYTES, clientTracking: true });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://room').pathname;
    if (path !== ROOM_LIVE_PATH || !addressedToUs(request)) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => greet(ws));
  });

  /** A socket says nothing until its first message names a device by its token. */
  function greet(ws: WebSocket): void {
    const waiting = setTimeout(() => ws.close(4401, 'no token'), HELLO_TIMEOUT_MS);
    let alive = true;
    ws.on('pong', () => (alive = true));
    const ping = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, PING_INTERVAL_MS);
    ws.once('message', (data: Buffer) => {
      clearTimeout(waiting);
      const hello = RoomLiveHelloSchema.safeParse(parseJson(data.toString()));
      const device = hello.success ? authenticate(hello.data.token) : undefined;
      if (!device) return ws.close(4401, 'unauthorized');
      if (!live.attach(ws, device.id, device.participant_id)) return ws.close(4429, 'too many connections');
      // A phone has nothing more to say on this socket; talking anyway closes it.
      ws.on('message', () => ws.close(4400, 'unexpected message'));
    });
    ws.on('close', () => {
      clearTimeout(waiting);
      clearInterval(ping);
      live.detach(ws);
    });
    ws.on('error', () => ws.terminate());
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  origin = `http://${address}:${bound}`;
  return {
    origin,
    port: bound,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets.clients) ws.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The body, or null once it is larger than the limit (the rest is not read). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_REQUEST_BYTES) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_REQUEST_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, result: RoomResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}
