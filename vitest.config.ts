import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// one copy of graphql for every package: two copies make graphql-js refuse schemas built by the other
const graphqlDir = dirname(require.resolve('graphql/package.json'));

const project = (name: string, root: string, include: string[]) => ({
  extends: true as const,
  test: { name, root, include },
});

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: `${graphqlDir}/index.js` }] },
  test: {
    globalSetup: ['./test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      project('kit', 'subgraphs/kit', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('departments', 'subgraphs/departments', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('cases', 'subgraphs/cases', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('meetings', 'subgraphs/meetings', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('assessment', 'subgraphs/assessment', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('screening', 'subgraphs/screening', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('notices', 'subgraphs/notices', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('gateway', 'gateway', ['src/**/*.test.ts', 'test/**/*.test.ts']),
      project('scripts', '.', ['scripts/**/*.test.ts', 'schema/**/*.test.ts']),
      project('e2e', '.', ['test/**/*.test.ts']),
    ],
  },
});
