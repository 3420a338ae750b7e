#!/usr/bin/env node
/**
 * Synthesises the timer's chime, offline, into assets/public/chime.wav (which Vite serves as
 * ./chime.wav): two bell-like tones a major third apart (G5 then E5), each a fundamental with a
 * few soft partials and an exponential decay, and a fade-out over the last half second so it
 * never ends in a click. Deterministic: running it again writes the same bytes.
 *
 *   node scripts/make-chime.mjs [output.wav]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLE_RATE = 44_100;
const DURATION_S = 2.4;
const FADE_OUT_S = 0.5;
const PEAK = 0.7;

/** [frequency Hz, start s]: a descending "ding-dong". */
const TONES = [
  [783.99, 0],
  [659.25, 0.42],
];

/** Partials of a soft bell: [multiple of the fundamental, relative loudness, decay per second]. */
const PARTIALS = [
  [1, 1, 2.2],
  [2, 0.35, 3.5],
  [3, 0.12, 5],
  [4.2, 0.05, 7],
];

const ATTACK_S = 0.006;

function sampleAt(t) {
  let value = 0;
  for (const [frequency, start] of TONES) {
    const local = t - start;
    if (local < 0) continue;
    const attack = Math.min(1, local / ATTACK_S);
    for (const [multiple, loudness, decay] of PARTIALS) {
      value += attack * loudness * Math.exp(-decay * local) * Math.sin(2 * Math.PI * frequency * multiple * local);
    }
  }
  const fadeStart = DURATION_S - FADE_OUT_S;
  const fade = t < fadeStart ? 1 : Math.max(0, 1 - (t - fadeStart) / FADE_OUT_S);
  return value * fade;
}

function synthesise() {
  const count = Math.round(SAMPLE_RATE * DURATION_S);
  const samples = new Float64Array(count);
  let loudest = 0;
  for (let i = 0; i < count; i++) {
    samples[i] = sampleAt(i / SAMPLE_RATE);
    loudest = Math.max(loudest, Math.abs(samples[i]));
  }
  const scale = loudest === 0 ? 0 : PEAK / loudest;
  return samples.map((sample) => sample * scale);
}

/** A 16-bit mono PCM WAV file. */
function encodeWav(samples) {
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(SAMPLE_RATE, 24);
  buffer.writeUInt32LE(SAMPLE_RATE * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(dataBytes, 40);
  samples.forEach((sample, index) => {
    buffer.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), 44 + index * 2);
  });
  return buffer;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(process.argv[2] ?? path.join(here, '..', 'assets', 'public', 'chime.wav'));
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, encodeWav(synthesise()));
console.log(`Wrote ${path.relative(process.cwd(), output)} (${DURATION_S} s, ${SAMPLE_RATE} Hz, 16-bit mono)`);
