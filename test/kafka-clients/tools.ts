/**
 * The third-party Kafka clients the suites drive (kcat, kafka-python, confluent-kafka-python,
 * KafkaJS): whether each is installed, and a bounded way to run a tool and keep its output for a
 * failing test's message. Outside CI a suite whose tool is missing is skipped with the reason
 * printed; in CI (CI=true, as .ci/run sets it) a missing tool fails the suite instead, so that a
 * broken install cannot pass for a green run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const python = '/usr/bin/python3';
export const kcat = 'kcat';
export const repoRoot = path.resolve(__dirname, '../..');
export const scriptsDir = path.join(repoRoot, 'test/kafka-clients');
/** Output kept per stream for a failure message: enough for a protocol debug trace's tail. */
const outputCharsMax = 64 * 1024;
/** How long a killed tool gets to exit after SIGTERM before SIGKILL. */
const killGraceMs = 2_000;

export type ClientTool = 'kcat' | 'kafka-python' | 'confluent-kafka' | 'kafkajs';

function pythonImports(module: string): string | undefined {
  if (!existsSync(python)) return `${python} is missing: install Debian's python3`;
  const r = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? undefined : `${python} cannot import ${module} (${(r.stderr ?? '').trim().split('\n').pop()})`;
}

/** Why `tool` cannot run on this machine, or undefined when it can. */
export function missingTool(tool: ClientTool): string | undefined {
  switch (tool) {
    case 'kcat': {
      const r = spawnSync(kcat, ['-V'], { encoding: 'utf8', timeout: 10_000 });
      return r.error || r.status !== 0 ? 'kcat is not installed: apt-get install kcat' : undefined;
    }
    case 'kafka-python': {
      const missing = pythonImports('kafka');
      return missing && `${missing}: apt-get install python3-kafka`;
    }
    case 'confluent-kafka': {
      const missing = pythonImports('confluent_kafka');
      return missing && `${missing}: apt-get install python3-confluent-kafka`;
    }
    case 'kafkajs':
      try {
        require.resolve('kafkajs');
        return undefined;
      } catch {
        return 'the kafkajs package is not installed: npm ci';
      }
  }
}

/**
 * `describe` when every tool is present; outside CI `describe.skip` with the reason on stderr;
 * in CI a suite with one failing test that names the missing tool.
 */
export function describeWithTools(tools: ClientTool[], name: string, body: () => void): void {
  const missing = tools.map(missingTool).filter((m): m is string => m !== undefined);
  if (missing.length === 0) {
    describe(name, body);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      test('has its third-party clients installed', () => {
        throw new Error(`CI must have every client installed: ${missing.join('; ')}`);
      });
    });
  } else {
    process.stderr.write(`skipping "${name}": ${missing.join('; ')}\n`);
    describe.skip(`${name} (skipped: ${missing.join('; ')})`, body);
  }
}

export interface ToolRun {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  timeoutMs: number;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
}

function keepTail(text: string): string {
  return text.length <= outputCharsMax ? text : `...${text.slice(-outputCharsMax)}`;
}

export interface RunningTool {
  /** Output so far (the last `outputCharsMax` characters of each stream). */
  output(): { stdout: string; stderr: string };
  /** Writes `input` (if any) and ends the tool's stdin: tools that run until EOF then finish. */
  endInput(input?: string | Buffer): void;
  done: Promise<ToolRun>;
}

/**
 * Starts a tool that runs until its stdin ends (endInput) or `timeoutMs` passes (then SIGTERM,
 * SIGKILL); `done` never rejects on a bad exit, only when the tool cannot be started.
 */
export function startTool(command: string, args: string[], options: Omit<RunOptions, 'input'> & { onLine?: (line: string) => void }): RunningTool {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  let partialLine = '';
  child.stdout.on('data', (c: Buffer) => {
    const text = c.toString();
    stdout = keepTail(stdout + text);
    if (!options.onLine) return;
    const lines = (partialLine + text).split('\n');
    partialLine = lines.pop()!;
    for (const line of lines) options.onLine(line);
  });
  child.stderr.on('data', (c: Buffer) => (stderr = keepTail(stderr + c.toString())));
  child.stdin.on('error', () => undefined);
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), killGraceMs).unref();
  }, options.timeoutMs);
  const done = new Promise<ToolRun>((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ command: [command, ...args].join(' '), code, signal, stdout, stderr, timedOut });
    });
  });
  return { output: () => ({ stdout, stderr }), endInput: (input) => child.stdin.end(input ?? ''), done };
}

/** Runs a tool with `input` on its stdin to its exit or to `timeoutMs`; never rejects on a bad exit. */
export function runTool(command: string, args: string[], options: RunOptions): Promise<ToolRun> {
  const tool = startTool(command, args, options);
  tool.endInput(options.input);
  return tool.done;
}

export function describeRun(run: ToolRun): string {
  const how = run.timedOut ? 'timed out' : `exited ${run.code ?? run.signal}`;
  return `${run.command} ${how}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** The run's stdout, after checking that it exited 0 in time. */
export function succeeded(run: ToolRun): string {
  if (run.timedOut || run.code !== 0) throw new Error(describeRun(run));
  return run.stdout;
}

/** Runs one of the Python scripts beside this file; it prints JSON lines on stdout. */
export function runPython(script: string, args: string[], options: RunOptions): Promise<ToolRun> {
  return runTool(python, [path.join(scriptsDir, script), ...args], options);
}

/** The JSON objects among the lines of `stdout` (tools may print other lines too). */
export function jsonLines<T>(stdout: string): T[] {
  return stdout.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as T);
}
