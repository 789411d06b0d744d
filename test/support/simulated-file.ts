/**
 * One file of the simulated disk (an inode) and the handles open on it. The file keeps two
 * states: `durable`, what a power loss cannot take away (the content at the last fsync), and the
 * current content, which is what every read sees (the page cache). The writes and truncations
 * since the last fsync are kept in order so that a power loss can lose, keep or tear each one.
 */
import { type FileStat, type LogFileHandle, type OpenMode } from '../../broker/log/file-system';

/** Integer in [0, exclusiveBound), from the simulation's seeded generator. */
export type DiskRandom = (exclusiveBound: number) => number;

type UnsyncedChange = { kind: 'write'; position: number; data: Buffer } | { kind: 'truncate'; length: number };

export class SimulatedFileError extends Error {
  constructor(readonly code: string, syscall: string, path: string) {
    super(`${code}: simulated ${syscall} '${path}'`);
    this.name = 'SimulatedFileError';
  }
}

export class SimulatedInode {
  private bytes: Buffer = Buffer.alloc(0);
  private size = 0;
  private durable: Buffer = Buffer.alloc(0);
  private unsynced: UnsyncedChange[] = [];
  mtimeMs: number;

  constructor(nowMs: number) {
    this.mtimeMs = nowMs;
  }

  get sizeBytes(): number {
    return this.size;
  }

  /** Bytes that would be written past the current end (for the disk's capacity check). */
  growthOf(position: number, length: number): number {
    return Math.max(0, position + length - this.size);
  }

  content(): Buffer {
    return Buffer.from(this.bytes.subarray(0, this.size));
  }

  read(target: Buffer, offset: number, length: number, position: number): number {
    const n = Math.max(0, Math.min(length, this.size - position));
    this.bytes.copy(target, offset, position, position + n);
    return n;
  }

  write(data: Buffer, position: number, nowMs: number): void {
    const copy = Buffer.from(data);
    this.unsynced.push({ kind: 'write', position, data: copy });
    this.applyWrite(copy, position);
    this.mtimeMs = nowMs;
  }

  truncate(length: number, nowMs: number): void {
    this.unsynced.push({ kind: 'truncate', length });
    this.applyTruncate(length);
    this.mtimeMs = nowMs;
  }

  sync(): void {
    this.durable = this.content();
    this.unsynced = [];
  }

  /** A process crash: the page cache survives, so everything written is now as good as synced. */
  survivesCrash(): void {
    this.sync();
  }

  /**
   * A power loss: start from the durable content and replay each unsynced change, which the
   * random choice loses, keeps, or (for a write) tears after some prefix of its bytes.
   */
  losePower(random: DiskRandom): void {
    const changes = this.unsynced;
    this.bytes = Buffer.from(this.durable);
    this.size = this.durable.length;
    for (const change of changes) {
      if (change.kind === 'truncate') {
        if (random(2) === 1) this.applyTruncate(change.length);
        continue;
      }
      const choice = random(3);
      if (choice === 1) this.applyWrite(change.data, change.position);
      if (choice === 2 && change.data.length > 0) this.applyWrite(change.data.subarray(0, random(change.data.length)), change.position);
    }
    this.sync();
  }

  private applyWrite(data: Buffer, position: number): void {
    const end = position + data.length;
    this.ensureCapacity(end);
    if (position > this.size) this.bytes.fill(0, this.size, position);
    data.copy(this.bytes, position);
    this.size = Math.max(this.size, end);
  }

  private applyTruncate(length: number): void {
    this.ensureCapacity(length);
    if (length > this.size) this.bytes.fill(0, this.size, length);
    this.size = length;
  }

  private ensureCapacity(bytes: number): void {
    if (bytes <= this.bytes.length) return;
    const grown = Buffer.alloc(Math.max(bytes, this.bytes.length * 2, 4096));
    this.bytes.copy(grown, 0, 0, this.size);
    this.bytes = grown;
  }
}

/** What a handle asks of its disk before each operation: liveness, injected faults, the clock. */
export interface HandleHost {
  beforeOperation(syscall: string, path: string, growthBytes?: number): Promise<void>;
  nowMs(): number;
}

export class SimulatedFileHandle implements LogFileHandle {
  private closed = false;

  constructor(
    private readonly host: HandleHost,
    private readonly inode: SimulatedInode,
    private readonly path: string,
    private readonly mode: OpenMode,
  ) {}

  private async check(syscall: string, growthBytes?: number, writing = false): Promise<void> {
    if (this.closed) throw new SimulatedFileError('EBADF', syscall, this.path);
    if (writing && this.mode === 'read') throw new SimulatedFileError('EBADF', syscall, this.path);
    await this.host.beforeOperation(syscall, this.path, growthBytes);
  }

  async read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }> {
    await this.check('read');
    return { bytesRead: this.inode.read(buffer, offset, length, position) };
  }

  async write(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesWritten: number }> {
    await this.check('write', this.inode.growthOf(position, length), true);
    this.inode.write(buffer.subarray(offset, offset + length), position, this.host.nowMs());
    return { bytesWritten: length };
  }

  async writev(buffers: Buffer[], position: number): Promise<{ bytesWritten: number }> {
    const data = buffers.length === 1 ? (buffers[0] as Buffer) : Buffer.concat(buffers);
    await this.check('writev', this.inode.growthOf(position, data.length), true);
    this.inode.write(data, position, this.host.nowMs());
    return { bytesWritten: data.length };
  }

  async truncate(length: number): Promise<void> {
    await this.check('ftruncate', this.inode.growthOf(0, length), true);
    this.inode.truncate(length, this.host.nowMs());
  }

  async sync(): Promise<void> {
    await this.check('fsync');
    this.inode.sync();
  }

  async stat(): Promise<FileStat> {
    await this.check('fstat');
    return { size: this.inode.sizeBytes, mtimeMs: this.inode.mtimeMs };
  }

  async utimes(_atimeSeconds: number, mtimeSeconds: number): Promise<void> {
    await this.check('futimes');
    this.inode.mtimeMs = mtimeSeconds * 1000;
  }

  async close(): Promise<void> {
    if (this.closed) throw new SimulatedFileError('EBADF', 'close', this.path);
    this.closed = true;
    await Promise.resolve();
  }
}
