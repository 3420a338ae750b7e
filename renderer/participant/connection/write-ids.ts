/**
 * A fresh id for one write, made on the phone when the person taps. `crypto.randomUUID` exists
 * only on https pages and the room is plain http on the local network, so the id is built from
 * `getRandomValues`, which every browser offers on any page.
 */
export function newWriteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
