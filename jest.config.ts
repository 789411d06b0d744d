import type { Config } from 'jest';

// Unit tests sit beside the code they test; integration tests (real ZooKeeper, real broker
// processes) live under test/. Integration suites run one file at a time: each starts its own
// brokers, and the machine has two cores.
const transform: Config['transform'] = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
};

const config: Config = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/{proto,zk,broker,client,bench}/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/simulation/'],
      globalSetup: '<rootDir>/test/fixtures/global-setup.ts',
      globalTeardown: '<rootDir>/test/fixtures/global-teardown.ts',
      slowTestThreshold: 60,
    },
    {
      // One process, no ZooKeeper, no sockets: the seeded simulation (test/simulation/simulation.ts).
      displayName: 'simulation',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/simulation/**/*.test.ts'],
    },
  ],
  maxWorkers: 1,
  testTimeout: 120_000,
  // jest ends its process with the run's result instead of waiting for the event loop to drain.
  // The suites run in band, and a CI run with every test passed once never ended: after the last
  // suite the process sat at 100% CPU inside Node's exit cleanup (node::FreeEnvironment ->
  // Environment::CleanupHandles -> uv_run, read with gdb), waiting on a request that never
  // finished, where no JavaScript runs and no timer can fire. An explicit exit skips that cleanup.
  forceExit: true,
};

export default config;
