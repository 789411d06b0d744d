/**
 * A deterministic in-memory disk for the seeded simulation: the real Log, LogSegment, indexes,
 * checkpoints and recovery run on it through the LogFileSystem seam. Every operation completes
 * through promises only (no timers, no real I/O), so a seed replays exactly.
 *
 * Crash model. `crash()` is a process crash: every write survives (the page cache does), open
 * handles die. `powerLoss(random)` also loses what was never fsynced: each write since a file's
 * last fsync is lost, kept or torn at a random byte, each truncation lost or kept. Directory
 * entries (create, rename, remove) are durable at once, as on a journaling file system that
 * orders metadata; file contents are not. After either, the broker's old mounts fail every call
 * (its stray continuations cannot touch the disk) and the restarted broker calls `mount()`.
 *
 * Faults. `injectFault` is asked before every operation and may answer `EIO` or `ENOSPC` to make
 * that one fail; `capacityBytes` makes writes that would exceed it fail with ENOSPC.
 */
import { posix } from 'node:path';
import { type DirectoryEntry, type FileStat, type LogFileHandle, type LogFileSystem, type OpenMode } from '../../broker/log/file-system';
import { type DiskRandom, type HandleHost, SimulatedFileError, SimulatedFileHandle, SimulatedInode } from './simulated-file';

export { type DiskRandom, SimulatedFileError } from './simulated-file';

export type DiskFault = 'EIO' | 'ENOSPC';

export interface DiskOperation {
  /** The system call it stands for: open, read, write, writev, fsync, rename, unlink, ... */
  syscall: string;
  path: string;
  /** Monotonic count of operations on this disk, so a seed can target "the 1234th operation". */
  sequence: number;
}

export interface SimulatedDiskOptions {
  /** mtime source for files (the simulation's clock); 0 when absent. */
  nowMs?: () => number;
  /** Total bytes the files may hold; unbounded when absent. */
  capacityBytes?: number;
}

export class SimulatedDisk {
  private readonly files = new Map<string, SimulatedInode>();
  private readonly directories = new Set<string>(['/']);
  private generation = 0;
  private operations = 0;
  private readonly clock: () => number;
  private readonly capacityBytes: number;
  /** Asked before every operation; an answer makes that operation fail with that code. */
  injectFault: ((op: DiskOperation) => DiskFault | undefined) | undefined;

  constructor(opts: SimulatedDiskOptions = {}) {
    this.clock = opts.nowMs ?? (() => 0);
    this.capacityBytes = opts.capacityBytes ?? Number.POSITIVE_INFINITY;
  }

  /** The file system one broker process sees until the next crash or power loss. */
  mount(): LogFileSystem {
    return new SimulatedMount(this, this.generation);
  }

  crash(): void {
    for (const inode of this.files.values()) inode.survivesCrash();
    this.generation += 1;
  }

  powerLoss(random: DiskRandom): void {
    for (const path of [...this.files.keys()].sort()) (this.files.get(path) as SimulatedInode).losePower(random);
    this.generation += 1;
  }

  get operationCount(): number {
    return this.operations;
  }

  usedBytes(): number {
    let total = 0;
    for (const inode of this.files.values()) total += inode.sizeBytes;
    return total;
  }

  /** Every file path, sorted (for assertions and for printing a failing seed's disk). */
  listFiles(): string[] {
    return [...this.files.keys()].sort();
  }

  /** A copy of a file's current content, or undefined when there is none. */
  fileContent(path: string): Buffer | undefined {
    return this.files.get(normalize(path))?.content();
  }

  /** @internal Checks liveness, injected faults and capacity; then yields once. */
  async beforeOperation(generation: number, syscall: string, path: string, growthBytes = 0): Promise<void> {
    await Promise.resolve();
    if (generation !== this.generation) throw new SimulatedFileError('EIO', `${syscall} after crash`, path);
    this.operations += 1;
    const fault = this.injectFault?.({ syscall, path, sequence: this.operations });
    if (fault !== undefined) throw new SimulatedFileError(fault, syscall, path);
    if (growthBytes > 0 && this.usedBytes() + growthBytes > this.capacityBytes) throw new SimulatedFileError('ENOSPC', syscall, path);
  }

  /** @internal */
  nowMs(): number {
    return this.clock();
  }

  /** @internal */
  inode(path: string): SimulatedInode | undefined {
    return this.files.get(path);
  }

  /** @internal */
  isDirectory(path: string): boolean {
    return this.directories.has(path);
  }

  /** @internal */
  requireParent(syscall: string, path: string): void {
    if (!this.directories.has(posix.dirname(path))) throw new SimulatedFileError('ENOENT', syscall, path);
  }

  /** @internal */
  createFile(path: string): SimulatedInode {
    const inode = new SimulatedInode(this.clock());
    this.files.set(path, inode);
    return inode;
  }

  /** @internal */
  link(path: string, inode: SimulatedInode): void {
    this.files.set(path, inode);
  }

  /** @internal */
  unlink(path: string): void {
    this.files.delete(path);
  }

  /** @internal */
  addDirectory(path: string): void {
    this.directories.add(path);
  }

  /** @internal Paths of files and directories strictly under `dir`. */
  descendants(dir: string): { files: string[]; directories: string[] } {
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return {
      files: [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort(),
      directories: [...this.directories].filter((p) => p.startsWith(prefix)).sort(),
    };
  }

  /** @internal */
  moveDirectory(from: string, to: string): void {
    const { files, directories } = this.descendants(from);
    const moved = (p: string): string => `${to}${p.slice(from.length)}`;
    for (const p of files) {
      this.files.set(moved(p), this.files.get(p) as SimulatedInode);
      this.files.delete(p);
    }
    for (const p of directories) {
      this.directories.delete(p);
      this.directories.add(moved(p));
    }
    this.directories.delete(from);
    this.directories.add(to);
  }

  /** @internal */
  removeDirectory(dir: string): void {
    const { files, directories } = this.descendants(dir);
    for (const p of files) this.files.delete(p);
    for (const p of directories) this.directories.delete(p);
    this.directories.delete(dir);
  }
}

function normalize(path: string): string {
  if (!posix.isAbsolute(path)) throw new Error(`simulated disk paths are absolute: '${path}'`);
  const normalized = posix.normalize(path);
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** One process's view of the disk: every call fails once the disk crashed after it was mounted. */
class SimulatedMount implements LogFileSystem {
  private readonly handleHost: HandleHost;

  constructor(private readonly disk: SimulatedDisk, private readonly generation: number) {
    this.handleHost = { beforeOperation: (syscall, path, growth) => disk.beforeOperation(generation, syscall, path, growth), nowMs: () => disk.nowMs() };
  }

  private before(syscall: string, path: string, growthBytes?: number): Promise<void> {
    return this.disk.beforeOperation(this.generation, syscall, path, growthBytes);
  }

  private existingFile(syscall: string, path: string): SimulatedInode {
    if (this.disk.isDirectory(path)) throw new SimulatedFileError('EISDIR', syscall, path);
    const inode = this.disk.inode(path);
    if (inode === undefined) throw new SimulatedFileError('ENOENT', syscall, path);
    return inode;
  }

  async open(rawPath: string, mode: OpenMode): Promise<LogFileHandle> {
    const path = normalize(rawPath);
    await this.before('open', path);
    this.disk.requireParent('open', path);
    let inode = mode === 'read' || mode === 'readWrite' ? this.existingFile('open', path) : this.disk.inode(path);
    if (inode === undefined) {
      if (this.disk.isDirectory(path)) throw new SimulatedFileError('EISDIR', 'open', path);
      inode = this.disk.createFile(path);
    }
    if (mode === 'truncate') inode.truncate(0, this.disk.nowMs());
    return new SimulatedFileHandle(this.handleHost, inode, path, mode);
  }

  async readFile(rawPath: string): Promise<Buffer> {
    const path = normalize(rawPath);
    await this.before('readFile', path);
    return this.existingFile('readFile', path).content();
  }

  async writeFile(rawPath: string, data: string): Promise<void> {
    const path = normalize(rawPath);
    const bytes = Buffer.from(data, 'utf8');
    await this.before('writeFile', path, bytes.length);
    this.disk.requireParent('writeFile', path);
    if (this.disk.isDirectory(path)) throw new SimulatedFileError('EISDIR', 'writeFile', path);
    const inode = this.disk.inode(path) ?? this.disk.createFile(path);
    inode.truncate(0, this.disk.nowMs());
    inode.write(bytes, 0, this.disk.nowMs());
  }

  async rename(rawFrom: string, rawTo: string): Promise<void> {
    const from = normalize(rawFrom);
    const to = normalize(rawTo);
    await this.before('rename', from);
    this.disk.requireParent('rename', to);
    if (this.disk.isDirectory(from)) {
      if (this.disk.inode(to) !== undefined || this.disk.isDirectory(to)) throw new SimulatedFileError('EEXIST', 'rename', to);
      this.disk.moveDirectory(from, to);
      return;
    }
    const inode = this.existingFile('rename', from);
    if (this.disk.isDirectory(to)) throw new SimulatedFileError('EISDIR', 'rename', to);
    this.disk.unlink(from);
    this.disk.unlink(to);
    this.disk.link(to, inode);
  }

  async rm(rawPath: string, opts?: { recursive?: boolean }): Promise<void> {
    const path = normalize(rawPath);
    await this.before('unlink', path);
    if (this.disk.isDirectory(path)) {
      if (opts?.recursive !== true) throw new SimulatedFileError('EISDIR', 'unlink', path);
      this.disk.removeDirectory(path);
      return;
    }
    this.disk.unlink(path);
  }

  async mkdir(rawPath: string): Promise<void> {
    const path = normalize(rawPath);
    await this.before('mkdir', path);
    const missing: string[] = [];
    for (let p = path; !this.disk.isDirectory(p); p = posix.dirname(p)) {
      if (this.disk.inode(p) !== undefined) throw new SimulatedFileError('ENOTDIR', 'mkdir', p);
      missing.push(p);
    }
    for (const p of missing) this.disk.addDirectory(p);
  }

  async readdir(rawPath: string): Promise<DirectoryEntry[]> {
    const path = normalize(rawPath);
    await this.before('readdir', path);
    if (!this.disk.isDirectory(path)) throw new SimulatedFileError(this.disk.inode(path) === undefined ? 'ENOENT' : 'ENOTDIR', 'readdir', path);
    const { files, directories } = this.disk.descendants(path);
    const children = (paths: string[], isDirectory: boolean): DirectoryEntry[] =>
      paths.filter((p) => posix.dirname(p) === path).map((p) => ({ name: posix.basename(p), isDirectory }));
    return [...children(files, false), ...children(directories, true)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async stat(rawPath: string): Promise<FileStat> {
    const path = normalize(rawPath);
    await this.before('stat', path);
    if (this.disk.isDirectory(path)) return { size: 0, mtimeMs: 0 };
    const inode = this.existingFile('stat', path);
    return { size: inode.sizeBytes, mtimeMs: inode.mtimeMs };
  }

  async syncDirectory(rawPath: string): Promise<void> {
    const path = normalize(rawPath);
    await this.before('fsync', path);
    if (!this.disk.isDirectory(path)) throw new SimulatedFileError('ENOENT', 'fsync', path);
  }
}
