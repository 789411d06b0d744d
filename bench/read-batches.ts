/**
 * The read loop of the consume benchmarks: a batch at a time (eachBatch), as Kafka's
 * ConsumerPerformance takes what poll() returns, so the loop costs no promise per record.
 */

import { type Consumer } from '../client';

/**
 * Runs `consumer` (assigned and positioned by the caller) until `expected` records were read or
 * the consumer stopped (an idle check, a crash); `onRecords` gets each batch's count and bytes.
 */
export async function readBatches(consumer: Consumer, expected: number, onRecords: (records: number, bytes: number) => void): Promise<void> {
  let read = 0;
  let finished: (() => void) | undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));
  consumer.on('stop', () => finished?.());
  await consumer.run({
    eachBatch: ({ batch }) => {
      let records = 0;
      let bytes = 0;
      for (const m of batch.messages) {
        if (read + records >= expected) break;
        records++;
        bytes += (m.value?.length ?? 0) + (m.key?.length ?? 0);
      }
      read += records;
      onRecords(records, bytes);
      if (read >= expected) finished?.();
      return Promise.resolve();
    },
  });
  await done;
}
