/**
 * The three sources of broker configuration, as raw `key -> string` maps: a Java properties file
 * (the syntax of `java.util.Properties.load`, which Kafka's `server.properties` uses), the
 * environment (`SAMSA_LOG_RETENTION_MS` -> `log.retention.ms`, the convention of Kafka's
 * container images), and the command line (`--config path` or a first positional path, then any
 * number of `--override key=value`, as `kafka-server-start.sh` accepts).
 */
import { SamsaError } from '../../proto/errors';

export class BrokerConfigError extends SamsaError {
  /** The configuration key at fault, or '' when the problem is not about one key. */
  readonly key: string;

  constructor(key: string, message: string) {
    super(key === '' ? message : `Invalid value for ${key}: ${message}`);
    this.key = key;
  }
}

export { parseProperties } from '../../proto/java-properties';

export const environmentPrefix = 'SAMSA_';

/**
 * Maps `SAMSA_LOG_RETENTION_MS=1000` to `log.retention.ms=1000`: the prefix is dropped, the
 * rest lowercased and `_` becomes `.` (Kafka's keys use dots only, so the mapping is exact).
 */
export function environmentOverrides(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(environmentPrefix) || value === undefined) continue;
    const key = name.slice(environmentPrefix.length).toLowerCase().replace(/_/g, '.');
    if (key !== '') result[key] = value;
  }
  return result;
}

export interface CommandLine {
  configFile: string | undefined;
  overrides: Record<string, string>;
}

/** `[--config path | path] [--override key=value]...`; `--flag=value` forms are accepted too. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  let configFile: string | undefined;
  const overrides: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = splitFlag(arg);
    if (flag === '--config' || flag === '--override') {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new BrokerConfigError('', `${flag} needs a value`);
      if (flag === '--config') {
        if (configFile !== undefined) throw new BrokerConfigError('', 'more than one configuration file given');
        configFile = value;
      } else {
        const eq = value.indexOf('=');
        if (eq <= 0) throw new BrokerConfigError('', `--override expects key=value, got "${value}"`);
        overrides[value.slice(0, eq).trim()] = value.slice(eq + 1);
      }
    } else if (arg.startsWith('-')) {
      throw new BrokerConfigError('', `unknown option ${arg} (expected --config path or --override key=value)`);
    } else if (configFile === undefined && i === 0) {
      configFile = arg;
    } else {
      throw new BrokerConfigError('', `unexpected argument "${arg}"`);
    }
  }
  return { configFile, overrides };
}

function splitFlag(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
