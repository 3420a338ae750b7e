import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Benchmarks that need a real renderer: they print figures and assert nothing about time. No
 * tracing: a trace snapshots the page at every step, which would be timed along with the app.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: ['**/*.bench.spec.ts'],
  globalSetup: undefined,
  timeout: 600_000,
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
