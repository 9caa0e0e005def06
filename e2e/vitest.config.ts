import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest.reporters';

// Browser journeys: real Chromium (Debian's), real server, real database. One server for the
// whole run (support/global-setup.ts); files run one after another, each with its own browser.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: reporters('e2e'),
  },
});
