/**
 * `samsa leader-election`: kafka-leader-election.sh (KIP-460). Sends ElectLeaders to the
 * controller and prints LeaderElectionCommand's lines: the partitions elected, those whose wanted
 * leader already leads (ELECTION_NOT_NEEDED), and one line per failure; any failure makes the
 * command fail, as Kafka's tool exits non-zero.
 */

import { readFile } from 'node:fs/promises';
import { ErrorCode, errorFor } from '../../proto/errors';
import { type Admin } from '../admin/admin';
import { type ElectionResult, type ElectionType, ElectionTypes } from '../admin/configs';
import { SamsaError } from '../errors';
import { CliUsageError, type ParsedArgs, intArg, stringArg } from './args';
import { type CliIo, write } from './output';
import { type TopicPartition } from '../../proto/topic-partition';

interface LeaderElectionOptions {
  electionType: ElectionType;
  electionTypeName: 'PREFERRED' | 'UNCLEAN';
  partitions: TopicPartition[] | 'all';
}

export async function leaderElectionOptions(args: ParsedArgs, readText: (path: string) => Promise<string> = (p) => readFile(p, 'utf8')): Promise<LeaderElectionOptions> {
  const typeText = stringArg(args, 'election-type')?.toUpperCase();
  if (typeText !== 'PREFERRED' && typeText !== 'UNCLEAN') throw new CliUsageError('leader-election: --election-type must be PREFERRED or UNCLEAN');
  const topic = stringArg(args, 'topic');
  const partition = intArg(args, 'partition');
  const jsonFile = stringArg(args, 'path-to-json-file');
  const all = args['all-topic-partitions'] === true;
  const sources = [topic !== undefined || partition !== undefined, all, jsonFile !== undefined].filter(Boolean).length;
  if (sources !== 1) throw new CliUsageError('leader-election: exactly one of --topic/--partition, --all-topic-partitions, --path-to-json-file is required');
  let partitions: TopicPartition[] | 'all' = 'all';
  if (jsonFile !== undefined) partitions = parseElectionJson(await readText(jsonFile));
  else if (!all) {
    if (topic === undefined || partition === undefined) throw new CliUsageError('leader-election: --topic and --partition go together');
    partitions = [{ topic, partition }];
  }
  return { electionType: ElectionTypes[typeText], electionTypeName: typeText, partitions };
}

/** Kafka's file format: {"partitions": [{"topic": "t", "partition": 0}, ...]}; duplicates are refused. */
export function parseElectionJson(text: string): TopicPartition[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new CliUsageError(`--path-to-json-file: not JSON (${(err as Error).message})`);
  }
  const list = (parsed as { partitions?: unknown } | null)?.partitions;
  if (!Array.isArray(list)) throw new CliUsageError('--path-to-json-file: expected {"partitions": [{"topic": ..., "partition": ...}]}');
  const seen = new Set<string>();
  return list.map((entry: unknown) => {
    const e = entry as { topic?: unknown; partition?: unknown };
    if (typeof e.topic !== 'string' || !Number.isInteger(e.partition) || (e.partition as number) < 0) {
      throw new CliUsageError(`--path-to-json-file: bad entry ${JSON.stringify(entry)}`);
    }
    const key = `${e.topic}-${e.partition as number}`;
    if (seen.has(key)) throw new CliUsageError(`--path-to-json-file: duplicate partition ${key}`);
    seen.add(key);
    return { topic: e.topic, partition: e.partition as number };
  });
}

/** The lines LeaderElectionCommand prints, and how many partitions failed. */
export function electionReport(typeName: string, results: readonly ElectionResult[]): { lines: string[]; failed: number } {
  const name = (r: ElectionResult): string => `${r.topic}-${r.partition}`;
  const succeeded = results.filter((r) => r.errorCode === ErrorCode.NONE);
  const noop = results.filter((r) => r.errorCode === ErrorCode.ELECTION_NOT_NEEDED);
  const failed = results.filter((r) => r.errorCode !== ErrorCode.NONE && r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED);
  const lines: string[] = [];
  if (succeeded.length > 0) lines.push(`Successfully completed leader election (${typeName}) for partitions ${succeeded.map(name).join(', ')}`);
  if (noop.length > 0) lines.push(`Valid replica already elected for partitions ${noop.map(name).join(', ')}`);
  for (const r of failed) {
    lines.push(`Error completing leader election (${typeName}) for partition: ${name(r)}: ${r.errorMessage || errorFor(r.errorCode).message}`);
  }
  return { lines, failed: failed.length };
}

export async function runLeaderElection(admin: Admin, options: LeaderElectionOptions, io: CliIo): Promise<void> {
  const results = await admin.electLeaders({ electionType: options.electionType, partitions: options.partitions });
  results.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  const { lines, failed } = electionReport(options.electionTypeName, results);
  await write(io.stdout, lines.map((l) => `${l}\n`).join(''));
  if (failed > 0) throw new SamsaError(`${failed} replica(s) could not be elected`);
}
