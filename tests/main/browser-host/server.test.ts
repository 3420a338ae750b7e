import { describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../../main/browser-host/server';
import { useTestBrowserHost } from '../../support/browser-host';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/file-limits';

describe('the browser host', () => {
  const start = useTestBrowserHost();

  function invoke(current: BrowserHost, body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${current.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${current.token}`, ...headers },
      body: JSON.stringify(body),
    });
  }

  it('listens on 127.0.0.1 only and prints an address with its token', async () => {
    const current = await start();
    expect(current.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(current.url).toBe(`${current.origin}/#token=${current.token}`);
    expect(current.token.length).toBeGreaterThanOrEqual(32);
  });

  it('takes a workshop file up to its size limit as an import request, even one that doubles when escaped', async () => {
    const current = await start();
    const text = '"'.repeat(MAX_WORKSHOP_FILE_BYTES - 1024);
    const response = await invoke(current, { channel: 'workshop.importFile', input: { text } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
  });

  it('answers API calls that carry the token', async () => {
    const current = await start();
    const response = await invoke(current, { channel: 'workshop.list', input: {} });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: [] });
  });

  it('refuses calls without the token, with a wrong one, or from another origin', async () => {
    const current = await start();
    const call = { channel: 'workshop.create', input: { title: 'X', date: '2026-11-25', facilitator: '' } };
    const noToken = await fetch(`${current.origin}/api/invoke`, { method: 'POST', body: JSON.stringify(call) });
    expect(noToken.status).toBe(401);
    expect((await invoke(current, call, { Authorization: 'Bearer wrong' })).status).toBe(401);
    const foreign = await invoke(current, call, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const listed: unknown = await (await invoke(current, { channel: 'workshop.list', input: {} })).json();
    expect(listed).toEqual({ ok: true, value: [] });
  });

  it('answers a malformed body with a typed error', async () => {
    const current = await start();
    const response = await fetch(`${current.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${current.token}` },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves the renderer with a strict CSP and never a file outside its folder', async () => {
    const current = await start();
    const index = await fetch(`${current.origin}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>VSW</title>');
    const escape = await fetch(`${current.origin}/..%2f..%2fsecret.txt`);
    expect(escape.status).toBe(404);
  });
});
