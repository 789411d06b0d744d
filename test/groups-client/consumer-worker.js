#!/usr/bin/env node
/**
 * One group member as its own process, for tests that SIGKILL a member. It reads the built
 * client (dist/client/index.js; `npm test` builds first), processes records with eachBatch and
 * commits the batch's next offset once the batch is printed (no auto-commit), so what is
 * committed was processed: after a crash the group resumes at least where this member stopped.
 *
 * stdout, one JSON object per line:
 *   {"partition":P,"offset":O,"value":"..."}                    a processed record
 *   {"event":"group_join","generationId":G,"memberId":"...","assignment":{topic:[p,...]}}
 *   {"event":"committed","partition":P,"offset":O}              a commit that the coordinator accepted
 *
 *   node consumer-worker.js --bootstrap-server H:P --topic T --group G [--session-timeout-ms MS]
 *     [--heartbeat-interval-ms MS] [--record-delay-ms MS] [--commit-every N]
 *
 * --record-delay-ms makes processing slow enough for a test to kill the member mid-batch;
 * --commit-every commits inside a long batch too, so that a crash leaves a recent commit behind.
 */
'use strict';

const path = require('node:path');
const { Samsa } = require(path.resolve(__dirname, '..', '..', 'dist', 'client', 'index.js'));

function parseArgs(argv) {
  const opts = { bootstrap: '', topic: '', group: '', sessionTimeoutMs: 6000, heartbeatIntervalMs: 1000, recordDelayMs: 0, commitEvery: 0 };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--bootstrap-server': opts.bootstrap = value; i++; break;
      case '--topic': opts.topic = value; i++; break;
      case '--group': opts.group = value; i++; break;
      case '--session-timeout-ms': opts.sessionTimeoutMs = Number(value); i++; break;
      case '--heartbeat-interval-ms': opts.heartbeatIntervalMs = Number(value); i++; break;
      case '--record-delay-ms': opts.recordDelayMs = Number(value); i++; break;
      case '--commit-every': opts.commitEvery = Number(value); i++; break;
      default: throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!opts.bootstrap || !opts.topic || !opts.group) throw new Error('--bootstrap-server, --topic and --group are required');
  return opts;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function emit(object) {
  process.stdout.write(`${JSON.stringify(object)}\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const samsa = new Samsa({ brokers: opts.bootstrap.split(','), clientId: `worker-${process.pid}`, logLevel: 'error', retry: { retries: 10 } });
  const consumer = samsa.consumer({
    groupId: opts.group,
    sessionTimeoutMs: opts.sessionTimeoutMs,
    heartbeatIntervalMs: opts.heartbeatIntervalMs,
    rebalanceTimeoutMs: 30000,
    autoCommit: false,
  });
  consumer.on('group_join', (e) => emit({ event: 'group_join', generationId: e.generationId, memberId: e.memberId, assignment: e.memberAssignment }));
  consumer.on('crash', (e) => {
    process.stderr.write(`consumer crashed: ${e.error && e.error.message}\n`);
    process.exit(1);
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [opts.topic], fromBeginning: true });
  const commit = async (topic, partition, offset) => {
    try {
      await consumer.commitOffsets([{ topic, partition, offset }]);
      emit({ event: 'committed', partition, offset });
    } catch (err) {
      // A rebalance started: the commit is refused and the records will be read again by
      // whoever gets the partition (at-least-once), so the batch is not retried here.
      emit({ event: 'commit_failed', partition, offset, error: err.message });
    }
  };
  await consumer.run({
    eachBatch: async ({ batch, resolveOffset, isStale }) => {
      let last = -1;
      let sinceCommit = 0;
      for (const message of batch.messages) {
        if (isStale()) break;
        if (opts.recordDelayMs > 0) await sleep(opts.recordDelayMs);
        emit({ partition: batch.partition, offset: message.offset, value: message.value ? message.value.toString() : null });
        resolveOffset(message.offset);
        last = message.offset;
        if (opts.commitEvery > 0 && ++sinceCommit >= opts.commitEvery) {
          sinceCommit = 0;
          await commit(batch.topic, batch.partition, last + 1);
        }
      }
      if (last >= 0 && sinceCommit > 0) await commit(batch.topic, batch.partition, last + 1);
    },
  });

  // A clean stop on SIGTERM (the test SIGKILLs the member it wants to crash).
  process.once('SIGTERM', () => {
    consumer.disconnect().then(() => process.exit(0), () => process.exit(1));
  });
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
});
