import { defineProject } from 'vitest/config';

// The domain suite runs twice in `npm test`: here with the host clock in UTC (as on servers and
// containers) and in vitest.hcm.config.ts in Asia/Ho_Chi_Minh, so no rule can lean on the host zone.
export default defineProject({
  test: { name: 'domain (TZ=UTC)', include: ['src/**/*.test.ts'], env: { TZ: 'UTC' } },
});
