import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain (TZ=Asia/Ho_Chi_Minh)',
    include: [
      'src/calendar/**/*.test.ts',
      'src/profiles/**/*.test.ts',
      'src/lifecycle/**/*.test.ts',
      'src/templates/**/*.test.ts',
    ],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
