/**
 * The exactly-once pipeline's process (Kafka's transactions_test.py "copier"): reads every
 * partition of the input topic from the group's committed offsets, writes one output record per
 * input record to the same partition of the output topic, and commits the input offsets in the
 * same transaction. Any error ends the process with status 1: a restart (a new instance with the
 * same transactional id) fences whatever the old one left open, and resumes from the committed
 * offsets. The chaos test SIGKILLs it at random points.
 *
 *   node dist/test/chaos/eos-copier.js <bootstrap> <input> <output> <partitions> <group> <transactional-id>
 *
 * Prints one JSON line per committed transaction ({"committed": n, "partition": p, "next": o}).
 * SIGTERM: finishes the transaction in progress, then disconnects and exits 0.
 */
import { Samsa } from '../../client';
import { outputValueFor } from './eos-checker';

/** A transaction left open by a killed copier is aborted by the coordinator after this long. */
export const copierTransactionTimeoutMs = 10_000;
const requestTimeoutMs = 10_000;

async function main(): Promise<void> {
  const [bootstrap, input, output, partitionsArg, groupId, transactionalId] = process.argv.slice(2);
  if (transactionalId === undefined) throw new Error('usage: eos-copier <bootstrap> <input> <output> <partitions> <group> <transactional-id>');
  const partitions = Number(partitionsArg);
  const client = new Samsa({ brokers: bootstrap!.split(','), clientId: `eos-copier-${process.pid}`, requestTimeoutMs, logLevel: 'warn' });
  const admin = client.admin();
  const producer = client.producer({ transactionalId, transactionTimeoutMs: copierTransactionTimeoutMs, acks: -1 });
  const consumer = client.consumer({ isolationLevel: 'read_committed', maxWaitTimeMs: 100 });
  await admin.connect();
  await producer.connect();
  await consumer.connect();

  const committed = await admin.fetchOffsets({ groupId: groupId!, topics: [input!] });
  await admin.disconnect();
  const start = new Map<number, number>();
  for (const t of committed) for (const p of t.partitions) start.set(p.partition, Math.max(0, Number(p.offset)));
  consumer.assign(Array.from({ length: partitions }, (_, partition) => ({ topic: input!, partition })));
  for (let partition = 0; partition < partitions; partition++) await consumer.seek({ topic: input!, partition, offset: start.get(partition) ?? 0 });

  let stopping = false;
  process.on('SIGTERM', () => {
    stopping = true;
    void consumer.stop().then(() => Promise.all([consumer.disconnect(), producer.disconnect()])).then(() => process.exit(0), () => process.exit(1));
  });

  await consumer.run({
    eachBatchAutoResolve: false,
    eachBatch: async ({ batch }) => {
      if (stopping || batch.messages.length === 0) return;
      const { partition } = batch;
      const tx = await producer.transaction();
      try {
        await tx.send({
          topic: output!,
          messages: batch.messages.map((m) => ({ partition, key: m.key, value: outputValueFor(partition, { offset: Number(m.offset), value: m.value?.toString() ?? '' }) })),
        });
        const next = Number(batch.messages[batch.messages.length - 1]!.offset) + 1;
        await tx.sendOffsets({ consumerGroupId: groupId!, topics: [{ topic: input!, partitions: [{ partition, offset: String(next) }] }] });
        await tx.commit();
        process.stdout.write(`${JSON.stringify({ committed: batch.messages.length, partition, next })}\n`);
      } catch (err) {
        process.stderr.write(`transaction failed: ${String(err)}\n`);
        process.exit(1);
      }
    },
  });
}

process.on('unhandledRejection', (err) => {
  process.stderr.write(`copier failed: ${String(err)}\n`);
  process.exit(1);
});
main().catch((err: unknown) => {
  process.stderr.write(`copier failed: ${String(err)}\n`);
  process.exit(1);
});
