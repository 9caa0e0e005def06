import { defineConfig } from 'vitest/config';
import { reporters } from './vitest.reporters';

// `npm test`: every suite that needs nothing but Node. Server tests run on embedded PGlite,
// or on a real PostgreSQL when TEST_DATABASE_URL is set (`npm run test:pg`).
export default defineConfig({
  test: {
    projects: [
      'packages/domain/vitest.config.ts',
      'packages/domain/vitest.hcm.config.ts',
      'packages/server',
      'packages/web',
    ],
    reporters: reporters('unit'),
  },
});
