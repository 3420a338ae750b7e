import { describe, expect, it } from 'vitest';
import { codeFromAddress } from '../../../renderer/participant/connection/device-memory';

describe('the room code in the address a QR code holds', () => {
  it('is read from the hash or the query', () => {
    expect(codeFromAddress({ hash: '#code=K7Q2XM', search: '' })).toBe('K7Q2XM');
    expect(codeFromAddress({ hash: '', search: '?code=K7Q2XM' })).toBe('K7Q2XM');
  });

  it('is empty for an address typed without one', () => {
    expect(codeFromAddress({ hash: '', search: '' })).toBe('');
    expect(codeFromAddress({ hash: '#/somewhere', search: '?lang=de' })).toBe('');
  });
});
