/**
 * A confluent-kafka-python (librdkafka) consumer-group member as a child process
 * (test/kafka/groups_member.py): the test sends it JSON commands and waits for its JSON events.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '../fixtures/cluster';

const python = '/usr/bin/python3';
const script = path.join(__dirname, 'groups_member.py');
/** How long a member may take to leave its group and exit once told to close. */
const closeTimeoutMs = 30_000;
/** How much of the member's stderr (librdkafka's log) is kept for failure messages. */
const stderrTailChars = 64 * 1024;

export interface MemberEvent {
  event: string;
  partitions?: number[];
  offsets?: Record<string, number>;
  errors?: Record<string, string>;
  records?: Array<[number, number, string]>;
  error?: string;
}

/** Why confluent-kafka-python cannot run here, or undefined when it can. */
export function missingConfluentKafka(): string | undefined {
  if (!existsSync(python)) return `${python} is missing`;
  const probe = spawnSync(python, ['-c', 'import confluent_kafka'], { encoding: 'utf8' });
  if (probe.status !== 0) return `${python} cannot import confluent_kafka: install python3-confluent-kafka (${probe.stderr.trim()})`;
  return undefined;
}

export interface MemberOptions {
  bootstrap: string;
  groupId: string;
  topic: string;
  clientId: string;
  /** librdkafka's partition.assignment.strategy: range, roundrobin. */
  assignor: string;
  /** Static membership (KIP-345): librdkafka's group.instance.id. */
  groupInstanceId?: string;
}

export class PythonMember {
  readonly events: MemberEvent[] = [];
  private readonly child: ChildProcessWithoutNullStreams;
  private stderr = '';
  private exited: Promise<number | null>;
  /** Partitions held now: the last assignment, unless revoked since. */
  current: number[] = [];

  constructor(readonly options: MemberOptions) {
    const missing = missingConfluentKafka();
    if (missing !== undefined) throw new Error(`cannot run confluent-kafka-python: ${missing}`);
    const { bootstrap, groupId, topic, clientId, assignor, groupInstanceId } = options;
    this.child = spawn(python, [script, bootstrap, groupId, topic, clientId, assignor, ...(groupInstanceId === undefined ? [] : [groupInstanceId])]);
    let pending = '';
    this.child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') this.onEvent(JSON.parse(line) as MemberEvent);
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-stderrTailChars);
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private onEvent(e: MemberEvent): void {
    this.events.push(e);
    if (e.event === 'assigned') this.current = e.partitions ?? [];
    if (e.event === 'revoked') this.current = [];
  }

  send(command: Record<string, unknown>): void {
    this.child.stdin.write(`${JSON.stringify(command)}\n`);
  }

  /** The first event after index `from` that `match` accepts. */
  async next(match: (e: MemberEvent) => boolean, timeoutMs: number, description: string, from = 0): Promise<MemberEvent> {
    try {
      return await waitFor(() => this.events.slice(from).find(match), { timeoutMs, intervalMs: 100, description: `${this.options.clientId}: ${description}` });
    } catch (err) {
      throw new Error(`${(err as Error).message}\nlast events: ${JSON.stringify(this.events.slice(-8))}\nstderr: ${this.stderr.slice(-4000)}`);
    }
  }

  /** Sends `command` and waits for the event of kind `answer` that follows it. */
  async request(command: Record<string, unknown>, answer: string, timeoutMs: number): Promise<MemberEvent> {
    const from = this.events.length;
    this.send(command);
    return this.next((e) => e.event === answer, timeoutMs, `${answer} after ${JSON.stringify(command)}`, from);
  }

  /** LeaveGroup and exit; killed if it does not exit in time. */
  private get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async close(): Promise<void> {
    if (!this.running) return;
    this.send({ cmd: 'close' });
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), closeTimeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }
}

/** How long a one-shot Python script may run. */
const scriptTimeoutMs = 90_000;

/**
 * Runs test/kafka/<script> to completion and parses the JSON object on its last stdout line;
 * `module` is the Python client it needs (checked first, for a clear message).
 */
export function runPythonScript(scriptName: string, module: string, args: string[]): Promise<Record<string, unknown>> {
  const probe = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`${python} cannot import ${module} (${probe.stderr.trim()})`);
  return new Promise((resolve, reject) => {
    const child = spawn(python, [path.join(__dirname, scriptName), ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString()).slice(-stderrTailChars)));
    const timer = setTimeout(() => child.kill('SIGKILL'), scriptTimeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${scriptName} exited ${code}\nstdout: ${out.slice(-4000)}\nstderr: ${err}`));
      else resolve(JSON.parse(last) as Record<string, unknown>);
    });
  });
}
