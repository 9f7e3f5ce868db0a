import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code; integration tests against real peers and browser end-to-end tests
// sit in tests/. One command runs them all: `npm test`.
export default defineConfig({
  test: {
    include: [
      'program/**/*.test.ts',
      'simulator/**/*.test.ts',
      'firmware-profiles/**/*.test.ts',
      'lessons/**/*.test.ts',
      'bridge/**/*.test.ts',
      'editor/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'editor/dist/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser and peer suites start processes; two cores are all a machine has.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
