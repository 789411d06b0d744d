/**
 * `meta.properties` in every log dir (Kafka's BrokerMetadataCheckpoint): version=0, broker.id,
 * cluster.id. Written on first start, checked on every later one, so that a log dir is never
 * served by a different broker id or joined to a different cluster by mistake (Kafka's
 * InconsistentBrokerIdException / InconsistentClusterIdException).
 */

import path from 'node:path';
import { parseProperties } from './config/properties';
import { SamsaError } from '../proto/errors';
import { readFileIfExists, writeFileAtomically, type LogFileSystem } from './log/file-system';

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

export async function readMetaProperties(fileSystem: LogFileSystem, logDir: string): Promise<MetaProperties | undefined> {
  const data = await readFileIfExists(fileSystem, path.join(logDir, metaPropertiesFileName));
  if (data === undefined) return undefined;
  const props = parseProperties(data.toString('utf8'));
  const file = path.join(logDir, metaPropertiesFileName);
  const version = Number(props['version']);
  const brokerId = Number(props['broker.id']);
  if (props['version'] === undefined || !Number.isInteger(version)) throw new InconsistentMetaPropertiesError(`${file} has no valid version`);
  if (props['broker.id'] === undefined || !Number.isInteger(brokerId)) throw new InconsistentMetaPropertiesError(`${file} has no valid broker.id`);
  return { version, brokerId, clusterId: props['cluster.id'] ?? '' };
}

/** Written atomically, so a crash leaves the old file or the new one. */
export async function writeMetaProperties(fileSystem: LogFileSystem, logDir: string, meta: MetaProperties): Promise<void> {
  const text = `#\n#${new Date().toISOString()}\nversion=${meta.version}\nbroker.id=${meta.brokerId}\ncluster.id=${meta.clusterId}\n`;
  await writeFileAtomically(fileSystem, path.join(logDir, metaPropertiesFileName), text);
}

/**
 * Creates each log dir if needed, then checks its meta.properties against this broker's id and
 * the cluster id from ZooKeeper, writing it where it is missing. Refuses to start on mismatch.
 */
export async function checkOrWriteMetaProperties(
  fileSystem: LogFileSystem,
  logDirs: readonly string[],
  brokerId: number,
  clusterId: string,
): Promise<void> {
  for (const dir of logDirs) {
    await fileSystem.mkdir(dir);
    const existing = await readMetaProperties(fileSystem, dir);
    if (existing === undefined) {
      await writeMetaProperties(fileSystem, dir, { version: metaPropertiesVersion, brokerId, clusterId });
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
    if (existing.clusterId === '') await writeMetaProperties(fileSystem, dir, { version: metaPropertiesVersion, brokerId, clusterId });
  }
}
