/**
 * The simulation's scheduler (FoundationDB's and TigerBeetle's simulators are the model): virtual
 * time and one queue of events, ordered by due time and then by the order they were scheduled.
 * Every timer of every simulated broker, every message and every ZooKeeper answer is an event here;
 * `step` runs the next one and then lets every promise continuation it caused run to completion
 * before the next event starts. Nothing inside a run waits on real time or real I/O, so a run is a
 * function of its seed.
 *
 * Each event may belong to one incarnation of one simulated process: when that process crashes the
 * event is dropped (its timers and in-flight work die with it), and while it is paused the event
 * waits until the pause ends.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Clock, Timer } from '../../broker/clock';

/** A simulated process; `incarnation` grows at each restart. */
export class SimProcess {
  incarnation = 0;
  crashed = false;
  pausedUntilMs = 0;
  constructor(readonly name: string) {}
}

/** One incarnation of a process: what an event belongs to. */
export interface Owner { process: SimProcess; incarnation: number }

export function ownerOf(process: SimProcess): Owner {
  return { process, incarnation: process.incarnation };
}

interface SimEvent {
  atMs: number;
  seq: number;
  label: string;
  fn: () => void;
  owner: Owner | undefined;
  cancelled: boolean;
}

/** Bound on events queued at once: a run that exceeds it is runaway work, reported as an anomaly. */
export const queuedEventsMax = 1_000_000;
/** Trace lines kept for the failure report. */
export const traceTailLines = 60;

export class SimLoop {
  nowMs: number;
  private seq = 0;
  private readonly heap: SimEvent[] = [];
  private readonly hash: Hash = createHash('sha256');
  private readonly tail: string[] = [];
  stepsRun = 0;

  constructor(startMs: number, private readonly tailLines = traceTailLines) {
    this.nowMs = startMs;
  }

  get queued(): number {
    return this.heap.length;
  }

  /** Runs `fn` at `nowMs + delayMs`, unless it belongs to an incarnation that has crashed by then. */
  schedule(delayMs: number, label: string, fn: () => void, owner?: Owner): Timer {
    if (this.heap.length >= queuedEventsMax) throw new Error(`assertion failed: more than ${queuedEventsMax} queued simulation events`);
    const event: SimEvent = {
      atMs: this.nowMs + Math.max(0, Math.floor(delayMs)), seq: this.seq++, label, fn,
      owner, cancelled: false,
    };
    this.push(event);
    return { cancel: () => { event.cancelled = true; } };
  }

  /** The Clock of one incarnation of a process: its timers die with that incarnation. */
  clockFor(owner: Owner): Clock {
    const name = owner.process.name;
    return {
      nowMs: () => this.nowMs,
      setTimeout: (fn, delayMs) => this.schedule(delayMs, `timer ${name}`, fn, owner),
      sleep: (delayMs) => new Promise<void>((resolve) => { this.schedule(delayMs, `sleep ${name}`, resolve, owner); }),
    };
  }

  /** Appends a line to the trace (hashed for the determinism check; the tail is kept for reports). */
  trace(line: string): void {
    const stamped = `${this.nowMs} ${line}`;
    this.hash.update(stamped);
    this.hash.update('\n');
    this.tail.push(stamped);
    if (this.tail.length > this.tailLines) this.tail.shift();
  }

  traceTail(): string[] {
    return [...this.tail];
  }

  traceHash(): string {
    return this.hash.copy().digest('hex');
  }

  /** Due time of the next live event, or undefined when the queue is empty. */
  peekTimeMs(): number | undefined {
    while (this.heap.length > 0 && (this.heap[0] as SimEvent).cancelled) this.pop();
    return this.heap[0]?.atMs;
  }

  /** Runs the next event and everything it set in motion. False when nothing is left to run. */
  async step(): Promise<boolean> {
    for (;;) {
      const event = this.pop();
      if (event === undefined) return false;
      if (event.cancelled) continue;
      const owner = event.owner;
      if (owner !== undefined && (owner.process.crashed || owner.process.incarnation !== owner.incarnation)) continue;
      this.nowMs = Math.max(this.nowMs, event.atMs);
      if (owner !== undefined && owner.process.pausedUntilMs > this.nowMs) {
        // A paused process runs nothing; its work waits, in order, until the pause ends.
        event.atMs = owner.process.pausedUntilMs;
        event.seq = this.seq++;
        this.push(event);
        continue;
      }
      this.stepsRun += 1;
      this.trace(event.label);
      event.fn();
      await settle();
      return true;
    }
  }

  private push(event: SimEvent): void {
    const heap = this.heap;
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as SimEvent, heap[parent] as SimEvent)) break;
      [heap[i], heap[parent]] = [heap[parent] as SimEvent, heap[i] as SimEvent];
      i = parent;
    }
  }

  private pop(): SimEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l] as SimEvent, heap[m] as SimEvent)) m = l;
      if (r < heap.length && before(heap[r] as SimEvent, heap[m] as SimEvent)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m] as SimEvent, heap[i] as SimEvent];
      i = m;
    }
    return top;
  }
}

function before(a: SimEvent, b: SimEvent): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}

/**
 * Lets every promise continuation run: a macrotask runs only after the microtask queue is empty,
 * and no real I/O or timer exists inside a run to interleave with it.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
