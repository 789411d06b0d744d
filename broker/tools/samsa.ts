#!/usr/bin/env node
/**
 * The `samsa` binary. It adds the commands that are not clients of a broker, `broker` (run
 * one), `reassign-partitions` and `configs --zookeeper` (ZooKeeper's admin znodes, like Kafka 2.x's tools), to the client
 * commands of client/cli. As in Kafka, tools that speak to ZooKeeper live with the broker, not
 * with the clients. Both are loaded on demand so that client commands load neither the broker
 * nor the ZooKeeper client.
 */

import { type CommandSpec, commands, helpFlag } from '../../client/cli/args';
import { type CliCommand, runAsProcess, runClientCommand } from '../../client/cli/main';
import { zkToolFlags } from './zk-tool-flags';

const brokerSpec: CommandSpec = {
  name: 'broker',
  summary: 'Run a broker',
  flags: {
    config: { kind: 'string', valueName: 'server.properties', description: 'Broker properties file' },
    override: { kind: 'repeated', valueName: 'key=value', description: 'Override a broker property' },
    help: helpFlag,
  },
};

const reassignPartitionsSpec: CommandSpec = {
  name: 'reassign-partitions',
  summary: 'Move partition replicas between brokers (through the controller, or ZooKeeper with --zookeeper)',
  flags: {
    'bootstrap-server': { kind: 'string', valueName: 'host:port[,host:port]', description: 'Use the admin API of these brokers (KIP-455) instead of ZooKeeper' },
    'command-config': { kind: 'string', valueName: 'file', description: 'Client properties: security.protocol, ssl.*, sasl.mechanism, sasl.jaas.config (with --bootstrap-server)' },
    ...zkToolFlags,
    generate: { kind: 'boolean', description: 'Propose an assignment of the topics in --topics-to-move-json-file over --broker-list' },
    execute: { kind: 'boolean', description: 'Start the reassignment in --reassignment-json-file' },
    verify: { kind: 'boolean', description: 'Report whether the reassignment in --reassignment-json-file has completed' },
    list: { kind: 'boolean', description: 'List the reassignments in progress' },
    cancel: { kind: 'boolean', description: 'Cancel the reassignments in --reassignment-json-file (with --bootstrap-server)' },
    throttle: { kind: 'string', valueName: 'bytes/s', description: 'Replication throttle for the moving replicas (execute, with --bootstrap-server)' },
    additional: { kind: 'boolean', description: 'Execute even though other reassignments run, or change their throttle (with --bootstrap-server)' },
    'preserve-throttles': { kind: 'boolean', description: 'Leave the throttles in place (verify, cancel)' },
    'topics-to-move-json-file': { kind: 'string', valueName: 'file', description: 'JSON {"version":1,"topics":[{"topic":"t"}]} (generate)' },
    'broker-list': { kind: 'string', valueName: '1,2,3', description: 'Brokers to assign replicas to (generate)' },
    'reassignment-json-file': { kind: 'string', valueName: 'file', description: 'JSON {"version":1,"partitions":[{"topic","partition","replicas"}]} (execute, verify)' },
    help: helpFlag,
  },
};

export const brokerCommands: readonly CliCommand[] = [
  {
    spec: brokerSpec,
    run: async (_args, argv) => {
      const { main } = await import('../main');
      await main(argv);
      return 0;
    },
  },
  {
    spec: reassignPartitionsSpec,
    run: async (args, _argv, io) => {
      const { runReassignPartitions } = await import('./reassign-partitions');
      return runReassignPartitions(args, io);
    },
  },
  {
    // The client command with its --zookeeper mode: only then is the ZooKeeper client loaded.
    // zkToolFlags adds --zk-auth-digest for a ZooKeeper with zookeeper.set.acl.
    spec: { ...commands.configs!, flags: { ...commands.configs!.flags, ...zkToolFlags } },
    run: async (args, _argv, io) => {
      if (args.zookeeper === undefined) return runClientCommand('configs', args, io);
      const [{ configsOptions }, { runConfigsZk }, { toolZkOptions }] = await Promise.all([
        import('../../client/cli/configs'), import('./configs-zk'), import('./zk-tool-connection'),
      ]);
      await runConfigsZk(toolZkOptions(args, 'configs'), configsOptions(args), io);
      return 0;
    },
  },
];

if (require.main === module) runAsProcess(process.argv.slice(2), brokerCommands);
