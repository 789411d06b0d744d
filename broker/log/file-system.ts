/**
 * The file-system seam under the log: exactly the operations Log, LogSegment, the indexes, the
 * checkpoint files and recovery perform, so that the same code runs on the real disk and, in the
 * seeded simulation, on a simulated one. Errors carry node's `code` (`ENOENT`, `EIO`, `ENOSPC`)
 * whichever implementation raised them.
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { dirname } from 'node:path';

/** How a file is opened: `read` and `readWrite` need it to exist; `create` keeps its content; `truncate` empties it. */
export type OpenMode = 'read' | 'readWrite' | 'create' | 'truncate';

export interface FileStat {
  size: number;
  mtimeMs: number;
}

/**
 * An open file. Node's FileHandle satisfies it as is, so the production path adds no wrapper on
 * the append and read hot paths.
 */
export interface LogFileHandle {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  write(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  writev(buffers: Buffer[], position: number): Promise<{ bytesWritten: number }>;
  truncate(length: number): Promise<void>;
  sync(): Promise<void>;
  stat(): Promise<FileStat>;
  utimes(atimeSeconds: number, mtimeSeconds: number): Promise<void>;
  close(): Promise<void>;
}

export interface DirectoryEntry {
  name: string;
  isDirectory: boolean;
}

export interface LogFileSystem {
  open(path: string, mode: OpenMode): Promise<LogFileHandle>;
  readFile(path: string): Promise<Buffer>;
  /** Creates or replaces a file without fsync (the clean-shutdown marker). */
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file, or a directory with `recursive`; a missing path is not an error. */
  rm(path: string, opts?: { recursive?: boolean }): Promise<void>;
  /** Creates a directory and its missing parents. */
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<DirectoryEntry[]>;
  stat(path: string): Promise<FileStat>;
  /** Makes the directory's entries (creations, renames, removals) durable. */
  syncDirectory(path: string): Promise<void>;
}

export function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export async function exists(fileSystem: LogFileSystem, path: string): Promise<boolean> {
  try {
    await fileSystem.stat(path);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/** The file's content, or undefined when it does not exist. */
export async function readFileIfExists(fileSystem: LogFileSystem, path: string): Promise<Buffer | undefined> {
  try {
    return await fileSystem.readFile(path);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/**
 * Replaces `path` so that a crash leaves either the old content or the new, never a mix: write
 * `<path>.tmp`, fsync it, rename it over `path`, fsync the directory (Kafka's
 * Utils.atomicMoveWithFallback after writing a checkpoint).
 */
export async function writeFileAtomically(fileSystem: LogFileSystem, path: string, content: string): Promise<void> {
  const tmpPath = `${path}.tmp`;
  const data = Buffer.from(content, 'utf8');
  const fh = await fileSystem.open(tmpPath, 'truncate');
  try {
    let written = 0;
    while (written < data.length) {
      const { bytesWritten } = await fh.write(data, written, data.length - written, written);
      written += bytesWritten;
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fileSystem.rename(tmpPath, path);
  await fileSystem.syncDirectory(dirname(path));
}

const openFlags: Record<OpenMode, string | number> = {
  read: 'r',
  readWrite: 'r+',
  // Positioned writes need a descriptor without O_APPEND.
  create: constants.O_RDWR | constants.O_CREAT,
  truncate: 'w+',
};

/** The production file system: a pass-through to node:fs/promises. */
export const nodeFileSystem: LogFileSystem = {
  open: (path, mode) => fs.open(path, openFlags[mode], mode === 'create' ? 0o644 : undefined),
  readFile: (path) => fs.readFile(path),
  writeFile: (path, data) => fs.writeFile(path, data),
  rename: (from, to) => fs.rename(from, to),
  rm: (path, opts) => fs.rm(path, { recursive: opts?.recursive ?? false, force: true }),
  mkdir: async (path) => {
    await fs.mkdir(path, { recursive: true });
  },
  readdir: async (path) => (await fs.readdir(path, { withFileTypes: true })).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })),
  stat: (path) => fs.stat(path),
  syncDirectory: async (path) => {
    const fh = await fs.open(path, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  },
};
