import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../../main/browser-host/server';
import { useTestBrowserHost } from '../../support/browser-host';
import { useTempDir } from '../../support/temp-dir';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request exactly as given: fetch() would normalise the path and refuse to set Host. */
function rawRequest(host: BrowserHost, options: http.RequestOptions, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: host.port, ...options }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('the browser host refuses what is not the app calling itself', () => {
  const tempDir = useTempDir();
  const start = useTestBrowserHost();

  const apiHeaders = (current: BrowserHost) => ({
    'Content-Type': 'application/json',
    Authorization: `Bearer ${current.token}`,
    Host: `127.0.0.1:${current.port}`,
  });
  const listCall = JSON.stringify({ channel: 'workshop.list', input: {} });

  it('accepts its own address by IP and by localhost', async () => {
    const current = await start();
    for (const hostName of [`127.0.0.1:${current.port}`, `localhost:${current.port}`]) {
      const response = await rawRequest(
        current,
        { method: 'POST', path: '/api/invoke', headers: { ...apiHeaders(current), Host: hostName } },
        listCall,
      );
      expect(response.status).toBe(200);
    }
  });

  it('refuses a request addressed to another host name, as a DNS-rebinding page would send', async () => {
    const current = await start();
    for (const hostName of [
      'evil.example',
      `evil.example:${current.port}`,
      `127.0.0.1:${current.port + 1}`,
      `127.0.0.1.evil.example:${current.port}`,
    ]) {
      const response = await rawRequest(
        current,
        { method: 'POST', path: '/api/invoke', headers: { ...apiHeaders(current), Host: hostName } },
        listCall,
      );
      expect(response.status, `Host: ${hostName}`).toBe(403);
    }
  });

  it('refuses other origins, including the opaque "null" origin of sandboxed frames and files', async () => {
    const current = await start();
    for (const origin of ['null', 'http://evil.example', `http://127.0.0.1:${current.port + 1}`, `https://127.0.0.1:${current.port}`, 'file://']) {
      const response = await rawRequest(
        current,
        { method: 'POST', path: '/api/invoke', headers: { ...apiHeaders(current), Origin: origin } },
        listCall,
      );
      expect(response.status, `Origin: ${origin}`).toBe(403);
    }
    const own = await rawRequest(
      current,
      { method: 'POST', path: '/api/invoke', headers: { ...apiHeaders(current), Origin: current.origin } },
      listCall,
    );
    expect(own.status).toBe(200);
  });

  it('takes API calls by POST only, as JSON, and grants no cross-origin access', async () => {
    const current = await start();
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
      const response = await rawRequest(current, { method, path: '/api/invoke', headers: apiHeaders(current) });
      expect(response.status, method).toBe(405);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
    const asForm = await rawRequest(
      current,
      { method: 'POST', path: '/api/invoke', headers: { ...apiHeaders(current), 'Content-Type': 'text/plain' } },
      listCall,
    );
    expect(asForm.status).toBe(415);
  });

  it('answers a body declared too large with 413 without reading it', async () => {
    const current = await start(1024);
    const response = await rawRequest(current, {
      method: 'POST',
      path: '/api/invoke',
      headers: { ...apiHeaders(current), 'Content-Length': String(50 * 1024 * 1024) },
    }).catch((error: unknown) => ({ status: -1, headers: {}, body: String(error) }));
    expect(response.status).toBe(413);
  });

  it('stops reading a streamed body at the limit and answers 413, so memory stays bounded', async () => {
    const limit = 1024 * 1024;
    const current = await start(limit);
    const offered = 512 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const { status, written } = await new Promise<{ status: number; written: number }>((resolve, reject) => {
      let written = 0;
      let answered = false;
      const request = http.request({ host: '127.0.0.1', port: current.port, method: 'POST', path: '/api/invoke', headers: apiHeaders(current) });
      request.on('response', (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, written });
        request.destroy();
      });
      request.on('error', (error) => {
        if (!answered) reject(error);
      });
      const pump = () => {
        while (!answered && written < offered) {
          written += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        if (!answered) request.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('never serves a file outside the renderer folder, however the path is spelled', async () => {
    const current = await start();
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '//secret.txt',
      '/.%2e/secret.txt',
      '/index.html%00.txt',
      '/%c0%ae%c0%ae/secret.txt',
      `/${path.resolve(tempDir(), '..', 'secret.txt')}`,
      '/..\\secret.txt',
    ];
    for (const attempt of attempts) {
      const response = await rawRequest(current, { method: 'GET', path: attempt });
      expect(response.body, attempt).not.toContain('outside the renderer folder');
      expect([200, 400, 404], attempt).toContain(response.status);
    }
  });

  it('does not listen on any address but 127.0.0.1', async () => {
    const current = await start();
    const others = [
      '::1',
      ...Object.values(os.networkInterfaces())
        .flat()
        .filter((entry) => entry && !entry.internal)
        .map((entry) => entry!.address),
    ];
    for (const address of others) {
      const connected = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: current.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(connected, address).toBe(false);
    }
  });
});
