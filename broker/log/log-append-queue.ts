/**
 * One log's append queue: everything that changes the log (appends, rolls, truncations,
 * retention, segment swaps) runs one task at a time in call order, as under Kafka's log lock.
 * Appends are validated first, possibly asynchronously (AppendOrder keeps them in call order),
 * then queued writes that follow each other join one group written with one writev (group
 * commit). The queue is bounded (`appendQueueDepthMax`): past it an append is refused before it
 * reserves offsets, so a refusal never leaves a gap. Once the log goes offline every queued and
 * new task fails with the log's storage error.
 */
import { AppendOrder } from './append-order';
import { appendInfo, type LogAppendInfo, type PendingAppend } from './log-append';
import { LogAppendQueueFullError, type LogStorageError } from './log-errors';

/** Appends waiting on one log before new ones are refused: producers are bounded upstream too. */
export const appendQueueDepthMax = 10_000;
/** Appends written by one writev at most (bounds the iovec count and one group's latency). */
export const appendGroupItemsMax = 256;

/** A write to queue: the reserved offsets and what to stamp; the queue adds the caller's settlement. */
export type QueuedWrite = Omit<PendingAppend, 'resolve' | 'reject' | 'settled'>;

export class LogAppendQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private queuedAppends = 0;
  private readonly appendOrder = new AppendOrder();
  /** The group later appends may still join; closed by any other queued task. */
  private openGroup: PendingAppend[] | undefined;
  private offline: LogStorageError | undefined;

  /** `writeGroup` writes one group in order; the queue settles its items after it. */
  constructor(
    private readonly topicPartition: string,
    private readonly writeGroup: (group: readonly PendingAppend[]) => Promise<void>,
  ) {}

  /** The error that took the log offline, if one did. */
  get failure(): LogStorageError | undefined {
    return this.offline;
  }

  /** Refuses every later task with `err` (the log is offline). */
  fail(err: LogStorageError): void {
    this.offline = err;
  }

  /** Refuses an append before it reserves offsets: the log is offline or the queue is full. */
  checkAcceptingAppends(): void {
    if (this.offline !== undefined) throw this.offline;
    const depth = this.queuedAppends + this.appendOrder.pending;
    if (depth >= appendQueueDepthMax) throw new LogAppendQueueFullError(this.topicPartition, depth);
  }

  /** Calls `append` with the validation's outcome once every earlier append has reserved its offsets. */
  inCallOrder<V, R>(validated: V | Promise<V>, append: (value: V) => Promise<R>): Promise<R> {
    return this.appendOrder.run(validated, (value) => {
      if (this.offline !== undefined) throw this.offline;
      return append(value);
    });
  }

  /** Runs `task` after every earlier queued task; appends after it must not join a group written before it. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (this.offline !== undefined) return Promise.reject(this.offline);
    this.openGroup = undefined;
    return this.chain(task);
  }

  /** Runs `task` after every earlier queued task, without closing the open group. */
  chain<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(() => {
      if (this.offline !== undefined) throw this.offline;
      return task();
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Queues a write whose offsets are reserved: it joins the open group when there is room, or
   * starts a new one. Settles once its bytes are in the file, or with the group's error.
   */
  write(append: QueuedWrite): Promise<LogAppendInfo> {
    return new Promise<LogAppendInfo>((resolve, reject) => {
      this.queuedAppends += 1;
      // A literal of one shape, not a spread: this runs once per append on the produce path.
      const item: PendingAppend = {
        records: append.records, summary: append.summary, leaderEpoch: append.leaderEpoch,
        logAppendTimeMs: append.logAppendTimeMs, reservation: append.reservation, abortedTxns: append.abortedTxns, resolve, reject,
      };
      if (this.openGroup !== undefined && this.openGroup.length < appendGroupItemsMax) {
        this.openGroup.push(item);
        return;
      }
      const group: PendingAppend[] = [item];
      this.openGroup = group;
      // Settled inside the task, before the next task may start: callers then queue their next
      // appends while this task's promise resolves, so they join the next group together.
      this.chain(() => {
        if (this.openGroup === group) this.openGroup = undefined;
        return this.writeGroup(group).then(() => this.settle(group, undefined));
      }).catch((err: unknown) => this.settle(group, err));
    });
  }

  /** Settles every item not settled yet: rejected with `err`, or resolved with what it wrote. */
  settle(group: readonly PendingAppend[], err: unknown): void {
    for (const item of group) {
      if (item.settled === true) continue;
      item.settled = true;
      this.queuedAppends -= 1;
      if (err !== undefined) item.reject(err);
      else item.resolve(appendInfo(item));
    }
  }

  /** Resolves once every task queued so far has run. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
