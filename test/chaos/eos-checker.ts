/**
 * The exactly-once checker for a consume-transform-produce pipeline (Kafka's
 * `transactions_test.py` copier, checked as Jepsen's queue checker checks a log): the input topic
 * as written, the output topic read with read_committed, and the group's committed input offsets.
 *
 * The pipeline writes, for input record (p, o, v), one output record `copy:<p>:<o>:<v>` to output
 * partition p, and commits input offset o + 1 in the same transaction. So, whatever crashed:
 * - every input below the committed offset has exactly one output (none lost, none duplicated);
 * - no input at or past the committed offset has an output (outputs and offsets are atomic);
 * - outputs of a partition appear in input order;
 * - every output names an input that exists, with its value (nothing invented or corrupted).
 * At the end of a run that drained its input, the committed offset is the input's end.
 */

export interface InputRecord {
  offset: number;
  value: string;
}

export interface OutputRecord {
  offset: number;
  value: string;
}

export interface EosHistory {
  /** Per input partition, every record in offset order. */
  inputs: ReadonlyMap<number, readonly InputRecord[]>;
  /** Per output partition, every record a read_committed consumer read from the beginning. */
  outputs: ReadonlyMap<number, readonly OutputRecord[]>;
  /** Per input partition, the group's committed offset (-1 when none). */
  committed: ReadonlyMap<number, number>;
}

export interface EosCheckResult {
  /** An input below the committed offset with no output. */
  lost: Array<{ partition: number; inputOffset: number }>;
  /** An input with more than one output. */
  duplicates: Array<{ partition: number; inputOffset: number; outputOffsets: number[] }>;
  /** An output for an input at or past the committed offset: output and offsets were not atomic. */
  pastCommitted: Array<{ partition: number; inputOffset: number; committed: number }>;
  /** Two outputs of one partition in the opposite order to their inputs. */
  reordered: Array<{ partition: number; outputOffset: number; inputOffset: number; previousInputOffset: number }>;
  /** An output that names no input, the wrong partition or the wrong value. */
  unexpected: Array<{ partition: number; outputOffset: number; value: string }>;
  /** A partition whose committed offset is not its input's end (the run did not drain). */
  incomplete: Array<{ partition: number; committed: number; inputEnd: number }>;
  counts: { inputs: number; outputs: number; committed: number };
  valid: boolean;
}

const outputPattern = /^copy:(\d+):(\d+):(.*)$/s;

/** The output value the pipeline writes for an input record. */
export function outputValueFor(partition: number, input: InputRecord): string {
  return `copy:${partition}:${input.offset}:${input.value}`;
}

export function checkExactlyOnce(history: EosHistory): EosCheckResult {
  const result: EosCheckResult = {
    lost: [], duplicates: [], pastCommitted: [], reordered: [], unexpected: [], incomplete: [],
    counts: { inputs: 0, outputs: 0, committed: 0 }, valid: false,
  };
  const partitions = new Set([...history.inputs.keys(), ...history.outputs.keys()]);
  for (const partition of [...partitions].sort((a, b) => a - b)) checkPartition(history, partition, result);
  result.valid = result.lost.length + result.duplicates.length + result.pastCommitted.length + result.reordered.length
    + result.unexpected.length + result.incomplete.length === 0;
  return result;
}

function checkPartition(history: EosHistory, partition: number, result: EosCheckResult): void {
  const inputs = history.inputs.get(partition) ?? [];
  const byOffset = new Map(inputs.map((r) => [r.offset, r]));
  const committed = history.committed.get(partition) ?? -1;
  const inputEnd = inputs.length === 0 ? 0 : inputs[inputs.length - 1]!.offset + 1;
  result.counts.inputs += inputs.length;
  result.counts.committed += Math.max(0, inputs.filter((r) => r.offset < committed).length);
  if (committed !== inputEnd) result.incomplete.push({ partition, committed, inputEnd });

  const outputsOf = new Map<number, number[]>();
  let previousInputOffset = -1;
  for (const out of history.outputs.get(partition) ?? []) {
    result.counts.outputs += 1;
    const match = outputPattern.exec(out.value);
    const input = match === null ? undefined : byOffset.get(Number(match[2]));
    if (match === null || Number(match[1]) !== partition || input === undefined || outputValueFor(partition, input) !== out.value) {
      result.unexpected.push({ partition, outputOffset: out.offset, value: out.value });
      continue;
    }
    outputsOf.set(input.offset, [...(outputsOf.get(input.offset) ?? []), out.offset]);
    if (input.offset <= previousInputOffset) result.reordered.push({ partition, outputOffset: out.offset, inputOffset: input.offset, previousInputOffset });
    previousInputOffset = Math.max(previousInputOffset, input.offset);
    if (input.offset >= committed) result.pastCommitted.push({ partition, inputOffset: input.offset, committed });
  }
  for (const input of inputs) {
    const outputs = outputsOf.get(input.offset) ?? [];
    if (outputs.length > 1) result.duplicates.push({ partition, inputOffset: input.offset, outputOffsets: outputs });
    if (outputs.length === 0 && input.offset < committed) result.lost.push({ partition, inputOffset: input.offset });
  }
}

/** A short report for a failing test's message. */
export function describeEosCheck(r: EosCheckResult): string {
  const head = (xs: unknown[]): string => JSON.stringify(xs.slice(0, 5)) + (xs.length > 5 ? ` (+${xs.length - 5} more)` : '');
  return [
    `inputs ${r.counts.inputs}, outputs ${r.counts.outputs}, committed ${r.counts.committed}, valid ${r.valid}`,
    `lost ${r.lost.length} ${head(r.lost)}`,
    `duplicates ${r.duplicates.length} ${head(r.duplicates)}`,
    `past committed ${r.pastCommitted.length} ${head(r.pastCommitted)}`,
    `reordered ${r.reordered.length} ${head(r.reordered)}`,
    `unexpected ${r.unexpected.length} ${head(r.unexpected)}`,
    `incomplete ${r.incomplete.length} ${head(r.incomplete)}`,
  ].join('\n');
}
