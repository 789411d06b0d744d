/**
 * A group member in its own process (consumer-worker.js), so that a test can SIGKILL it as a
 * crash would. Its stdout is parsed line by line into processed records, joins and commits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { waitFor } from '../fixtures/cluster';

const workerPath = path.join(__dirname, 'consumer-worker.js');
const workerStopTimeoutMs = 15_000;
/** stderr kept for a failing test's report. */
const stderrCharsMax = 8_192;

export interface ProcessedRecord {
  /** The generation this worker was in when it processed the record (-1 before its first join). */
  generationId: number;
  partition: number;
  offset: number;
  value: string;
}

export interface WorkerJoin {
  generationId: number;
  memberId: string;
  assignment: Record<string, number[]>;
}

export interface WorkerOptions {
  bootstrap: string;
  topic: string;
  group: string;
  name: string;
  sessionTimeoutMs?: number;
  recordDelayMs?: number;
  commitEvery?: number;
}

export class ConsumerWorker {
  readonly records: ProcessedRecord[] = [];
  readonly joins: WorkerJoin[] = [];
  /** Offsets whose commit the coordinator accepted, per partition, in order. */
  readonly commits: Array<{ partition: number; offset: number }> = [];
  private stderr = '';
  private pending = '';
  private generationId = -1;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private running = true;

  constructor(readonly options: WorkerOptions) {
    const args = [workerPath, '--bootstrap-server', options.bootstrap, '--topic', options.topic, '--group', options.group];
    if (options.sessionTimeoutMs !== undefined) args.push('--session-timeout-ms', String(options.sessionTimeoutMs));
    if (options.recordDelayMs !== undefined) args.push('--record-delay-ms', String(options.recordDelayMs));
    if (options.commitEvery !== undefined) args.push('--commit-every', String(options.commitEvery));
    this.child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.onStdout(chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-stderrCharsMax)));
    this.exited = new Promise((resolve) => this.child.once('exit', () => {
      this.running = false;
      resolve();
    }));
  }

  get isRunning(): boolean {
    return this.running;
  }

  get errorOutput(): string {
    return this.stderr;
  }

  /** The latest generation this worker joined with its assignment of the topic. */
  get lastJoin(): WorkerJoin | undefined {
    return this.joins[this.joins.length - 1];
  }

  private onStdout(text: string): void {
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (parsed.event === 'group_join') {
        const join = { generationId: parsed.generationId as number, memberId: parsed.memberId as string, assignment: parsed.assignment as Record<string, number[]> };
        this.generationId = join.generationId;
        this.joins.push(join);
      } else if (parsed.event === 'committed') {
        this.commits.push({ partition: parsed.partition as number, offset: parsed.offset as number });
      } else if (parsed.event === undefined) {
        this.records.push({ generationId: this.generationId, partition: parsed.partition as number, offset: parsed.offset as number, value: parsed.value as string });
      }
    }
  }

  async waitForJoin(generationAbove: number, timeoutMs: number): Promise<WorkerJoin> {
    return waitFor(() => this.joins.find((j) => j.generationId > generationAbove), {
      timeoutMs,
      description: `${this.options.name} joining a generation above ${generationAbove}; stderr: ${this.stderr}`,
    });
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }

  /** SIGTERM (a clean leave), then SIGKILL if it did not exit in time. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), workerStopTimeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}
