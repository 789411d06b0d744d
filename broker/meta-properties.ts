/**
 * `meta.properties` in every log dir (Kafka's BrokerMetadataCheckpoint): version=0, broker.id,
 * cluster.id. Written on first start, checked on every later one, so that a log dir is never
 * served by a different broker id or joined to a different cluster by mistake (Kafka's
 * InconsistentBrokerIdException / InconsistentClusterIdException).
 */

import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { parseProperties } from './config/properties';
import { SamsaError } from '../proto/errors';

export const metaPropertiesFileName = 'meta.properties';
export const metaPropertiesVersion = 0;

export interface MetaProperties {
  version: number;
  brokerId: number;
  clusterId: string;
}

export class InconsistentMetaPropertiesError extends SamsaError {
  constructor(message: string) {
    super(message);
  }
}

export async function readMetaProperties(logDir: string): Promise<MetaProperties | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(logDir, metaPropertiesFileName), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const props = parseProperties(text);
  const file = path.join(logDir, metaPropertiesFileName);
  const version = Number(props['version']);
  const brokerId = Number(props['broker.id']);
  if (props['version'] === undefined || !Number.isInteger(version)) throw new InconsistentMetaPropertiesError(`${file} has no valid version`);
  if (props['broker.id'] === undefined || !Number.isInteger(brokerId)) throw new InconsistentMetaPropertiesError(`${file} has no valid broker.id`);
  return { version, brokerId, clusterId: props['cluster.id'] ?? '' };
}

/** Writes through a temporary file and a rename, so a crash leaves the old file or the new one. */
export async function writeMetaProperties(logDir: string, meta: MetaProperties): Promise<void> {
  const file = path.join(logDir, metaPropertiesFileName);
  const tmp = `${file}.tmp`;
  const text = `#\n#${new Date().toISOString()}\nversion=${meta.version}\nbroker.id=${meta.brokerId}\ncluster.id=${meta.clusterId}\n`;
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}

/**
 * Creates each log dir if needed, then checks its meta.properties against this broker's id and
 * the cluster id from ZooKeeper, writing it where it is missing. Refuses to start on mismatch.
 */
export async function checkOrWriteMetaProperties(logDirs: readonly string[], brokerId: number, clusterId: string): Promise<void> {
  for (const dir of logDirs) {
    await mkdir(dir, { recursive: true });
    const existing = await readMetaProperties(dir);
    if (existing === undefined) {
      await writeMetaProperties(dir, { version: metaPropertiesVersion, brokerId, clusterId });
      continue;
    }
    const file = path.join(dir, metaPropertiesFileName);
    if (existing.version !== metaPropertiesVersion) {
      throw new InconsistentMetaPropertiesError(`${file} has version ${existing.version}; this broker reads version ${metaPropertiesVersion}`);
    }
    if (existing.brokerId !== brokerId) {
      throw new InconsistentMetaPropertiesError(`configured broker.id ${brokerId} does not match broker.id ${existing.brokerId} stored in ${file}`);
    }
    if (existing.clusterId !== '' && existing.clusterId !== clusterId) {
      throw new InconsistentMetaPropertiesError(`cluster id ${clusterId} in ZooKeeper does not match cluster.id ${existing.clusterId} stored in ${file}; is zookeeper.connect pointing at the wrong cluster?`);
    }
    if (existing.clusterId === '') await writeMetaProperties(dir, { version: metaPropertiesVersion, brokerId, clusterId });
  }
}
