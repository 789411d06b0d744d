/**
 * `--command-config <file>`: the Kafka client properties Kafka's tools take for a secured
 * cluster (client/network/client-properties.ts reads them), as the client's `ssl` and `sasl`
 * options. Ignored keys are warned about; a bad value is a usage error naming the key.
 */
import { readFileSync } from 'node:fs';
import { parseProperties } from '../../proto/java-properties';
import { ClientPropertiesError, type ClientSecurityOptions, clientSecurityFromProperties } from '../network/client-properties';
import { CliUsageError } from './args';

export type CommandConfig = ClientSecurityOptions;

/** The client options of a properties map; `warn` hears about keys it ignores. */
export function commandConfigFrom(props: Record<string, string>, warn: (message: string) => void, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): CommandConfig {
  try {
    return clientSecurityFromProperties(props, { warn: (m) => warn(`--command-config: ${m}`), readFile });
  } catch (err) {
    if (err instanceof ClientPropertiesError) throw new CliUsageError(`--command-config: ${err.message}`);
    throw err;
  }
}

export function loadCommandConfig(path: string, warn: (message: string) => void, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): CommandConfig {
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    throw new CliUsageError(`--command-config: cannot read ${path}: ${(err as Error).message}`);
  }
  return commandConfigFrom(parseProperties(text), warn, readFile);
}
