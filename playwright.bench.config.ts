import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Benchmarks that need a real renderer: they print figures and assert nothing about time. */
export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: ['**/*.bench.spec.ts'],
  globalSetup: undefined,
  timeout: 600_000,
});
