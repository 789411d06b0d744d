/**
 * Top-N self time of a V8 CPU profile (`node --cpu-prof` writes one per process), with the GC
 * and idle shares: what the closing notes of performance work quote before and after.
 *
 *   node dist/bench/profile/cpu-profile-top.js PROFILE.cpuprofile [--top 20]
 *
 * To profile a local benchmark cluster: NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof'
 * reaches the brokers too (the fixtures pass the environment on), one profile per process.
 */

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTimeRow {
  name: string;
  selfMs: number;
  share: number;
}

/** Self time per function (name and location), largest first; idle time left out of the shares. */
export function selfTimes(profile: CpuProfile): { rows: SelfTimeRow[]; totalMs: number; idleMs: number; gcMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  let idleUs = 0;
  let totalUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!);
    const deltaUs = profile.timeDeltas[i] ?? 0;
    totalUs += deltaUs;
    if (!node) continue;
    const name = label(node);
    if (name === '(idle)') idleUs += deltaUs;
    selfUs.set(name, (selfUs.get(name) ?? 0) + deltaUs);
  }
  const busyUs = Math.max(1, totalUs - idleUs);
  const rows = [...selfUs]
    .filter(([name]) => name !== '(idle)')
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: us / busyUs }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return { rows, totalMs: totalUs / 1000, idleMs: idleUs / 1000, gcMs: (selfUs.get('(garbage collector)') ?? 0) / 1000 };
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (url === '') return functionName.startsWith('(') ? functionName : `${functionName || '(anonymous)'} [native]`;
  const where = url.startsWith('file://') ? relative(process.cwd(), url.slice('file://'.length)) : url;
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const topIndex = args.indexOf('--top');
  const top = topIndex >= 0 ? Number(args.splice(topIndex, 2)[1]) : 20;
  for (const file of args) {
    const { rows, totalMs, idleMs, gcMs } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    const busyMs = totalMs - idleMs;
    process.stdout.write(`# ${file}: ${(totalMs / 1000).toFixed(1)} s profiled, ${(busyMs / 1000).toFixed(1)} s busy ` +
      `(${((100 * busyMs) / Math.max(totalMs, 1)).toFixed(0)}%), GC ${((100 * gcMs) / Math.max(busyMs, 1)).toFixed(1)}% of busy\n`);
    process.stdout.write('| self ms | % of busy | function |\n|---:|---:|---|\n');
    for (const row of rows.slice(0, top)) {
      process.stdout.write(`| ${row.selfMs.toFixed(0)} | ${(100 * row.share).toFixed(1)} | ${row.name} |\n`);
    }
  }
}

if (require.main === module) main();
