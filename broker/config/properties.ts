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

/** Parses Java properties text: `#`/`!` comments, `key=value`, `key: value`, `key value`, backslash continuations and escapes. */
export function parseProperties(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^[ \t\f]+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    // A line ending in an odd number of backslashes continues on the next line, whose leading
    // whitespace is dropped.
    while (endsWithOddBackslashes(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i]!.replace(/^[ \t\f]+/, '');
    }
    if (endsWithOddBackslashes(line)) line = line.slice(0, -1);
    const [rawKey, rawValue] = splitKeyValue(line);
    result[unescape(rawKey)] = unescape(rawValue);
  }
  return result;
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Splits at the first unescaped `=`, `:` or whitespace; whitespace around the separator is dropped. */
function splitKeyValue(line: string): [string, string] {
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '=' || c === ':' || c === ' ' || c === '\t' || c === '\f') break;
    i++;
  }
  const key = line.slice(0, i);
  let rest = line.slice(i).replace(/^[ \t\f]+/, '');
  if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).replace(/^[ \t\f]+/, '');
  return [key, rest];
}

function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, esc: string) => {
    if (esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    switch (esc) {
      case 't': return '\t';
      case 'n': return '\n';
      case 'r': return '\r';
      case 'f': return '\f';
      default: return esc;
    }
  });
}

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
