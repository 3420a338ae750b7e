import { describe, expect, it } from 'vitest';
import type { BrowserHost } from '../../../main/browser-host/server';
import { useTestBrowserHost } from '../../support/browser-host';

describe('the browser host’s refusals in the page’s language', () => {
  const start = useTestBrowserHost();
  const badWorkshop = { channel: 'workshop.create', input: { title: '', date: '2026-12-05', facilitator: 'Dana' } };

  async function refusal(current: BrowserHost, acceptLanguage?: string): Promise<unknown> {
    const response = await fetch(`${current.origin}/api/invoke`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${current.token}`,
        ...(acceptLanguage ? { 'Accept-Language': acceptLanguage } : {}),
      },
      body: JSON.stringify(badWorkshop),
    });
    return response.json();
  }

  it('writes the sentence in the language the page names, and keeps the code and the field’s path', async () => {
    const current = await start();
    expect(await refusal(current, 'de')).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Ungültige Anfrage workshop.create: title darf nicht leer sein',
        issues: [{ path: 'title', message: 'darf nicht leer sein' }],
      },
    });
    expect(await refusal(current, 'es-ES,es;q=0.9')).toMatchObject({ error: { issues: [{ path: 'title', message: 'no debe estar vacío' }] } });
  });

  it('answers in the app’s language when the page names none the app speaks', async () => {
    const current = await start();
    expect(await refusal(current, 'ja-JP')).toMatchObject({ error: { issues: [{ path: 'title', message: 'must not be empty' }] } });
    expect(await refusal(current)).toMatchObject({ error: { issues: [{ path: 'title', message: 'must not be empty' }] } });
  });
});
