import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest.reporters';

// Browser journeys: real Chromium (Debian's), real server, real database. One file at a time,
// because each file starts its own server.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: reporters('e2e'),
  },
});
