import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const domainFolders = ['broker/cluster/**/*.ts', 'broker/log/**/*.ts', 'broker/coordinator/**/*.ts', 'broker/controller/**/*.ts'];
const socketsMessage = 'Domain code does not open sockets; the network layer (broker/network) does.';
const zooKeeperMessage = 'Domain code reaches ZooKeeper through KafkaZkClient (zk/kafka-zk-client).';
const domainRestrictedPaths = [
  { name: 'node:net', message: socketsMessage },
  { name: 'net', message: socketsMessage },
  { name: 'node-zookeeper-client', message: zooKeeperMessage },
];
const wirePatterns = [
  { group: ['**/proto/generated/*'], message: 'Domain code uses the types in broker/api/; wire messages are decoded in broker/network/.' },
  { group: ['**/proto/frame'], importNames: ['samsa'], message: 'proto/frame re-exports the generated messages: use the types in broker/api/.' },
];
const zooKeeperClientPattern = { group: ['**/zk/zookeeper-client', '**/zk/zookeeper-client/**'], message: zooKeeperMessage };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'proto/generated/**', 'coverage/**', '**/*.js', '**/*.mjs', '**/*.py'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'no-constant-condition': ['error', { checkLoops: false }],
      'max-lines': ['warn', { max: 450, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Small functions for product code only; a test's table of cases may run long.
    files: ['**/*.ts'],
    ignores: ['**/*.test.ts', 'test/**', 'bench/**'],
    rules: { 'max-lines-per-function': ['error', { max: 70, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Domain folders: they speak broker/api types, and only broker/network (handlers, codecs) sees
    // wire messages ("Two protocols, one domain"); they open no sockets; they reach ZooKeeper through
    // KafkaZkClient, as Kafka's controller and partitions do, never the ZooKeeper library. Flat config
    // replaces a rule's options rather than merging them, so every import boundary of these folders
    // lives in this one entry (and in the test override below).
    files: domainFolders,
    rules: { 'no-restricted-imports': ['error', { paths: domainRestrictedPaths, patterns: [...wirePatterns, zooKeeperClientPattern] }] },
  },
  {
    // One clock: the domain takes time from the injected Clock (broker/clock.ts), so that the seeded
    // simulation runs the same code on virtual time and replays a schedule exactly.
    files: domainFolders,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval'].map((name) => ({
        name, message: 'Domain code schedules on the injected Clock (broker/clock.ts), not on Node timers.',
      }))],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Domain code reads time from the injected Clock (broker/clock.ts).' }],
    },
  },
  {
    // Domain tests build domain requests too, but may inject ZooKeeper failures with its codes.
    files: domainFolders.map((glob) => glob.replace('*.ts', '*.test.ts')),
    rules: { 'no-restricted-imports': ['error', { paths: domainRestrictedPaths, patterns: wirePatterns }] },
  },
  {
    // The client is a library of its own: it shares only proto/ with the broker (tests included).
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/broker', '**/broker/**', '**/zk', '**/zk/**'], message: 'client/ imports nothing from broker/ or zk/; shared code belongs in proto/.' }],
      }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
