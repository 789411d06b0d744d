/**
 * Kafka's `sasl.jaas.config` value: one JAAS login module line,
 * `org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="s" user_alice="a";`.
 * `username`/`password` are the broker's own login when it connects to other brokers; the
 * `user_<name>="<password>"` options are PLAIN's user table on the server side (Kafka's
 * PlainServerCallbackHandler reads exactly those).
 */

export interface JaasConfig {
  loginModule: string;
  controlFlag: string;
  options: ReadonlyMap<string, string>;
}

export const plainLoginModule = 'org.apache.kafka.common.security.plain.PlainLoginModule';
export const scramLoginModule = 'org.apache.kafka.common.security.scram.ScramLoginModule';
const controlFlags = ['required', 'requisite', 'sufficient', 'optional'];

/** Parses one login module entry; throws RangeError naming the problem (never echoing option values). */
export function parseJaasConfig(text: string): JaasConfig {
  let rest = text.trim();
  const head = /^([A-Za-z_$][\w$.]*)\s+(\w+)/.exec(rest);
  if (head === null) throw new RangeError('must start with a login module class name and a control flag');
  const loginModule = head[1]!;
  const controlFlag = head[2]!.toLowerCase();
  if (!controlFlags.includes(controlFlag)) throw new RangeError(`control flag "${head[2]}" is not one of ${controlFlags.join(', ')}`);
  rest = rest.slice(head[0].length);
  const options = new Map<string, string>();
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith(';')) {
      if (rest.slice(1).trim() !== '') throw new RangeError('holds more than one login module; give exactly one');
      return { loginModule, controlFlag, options };
    }
    const name = /^([\w.$-]+)\s*=\s*/.exec(rest);
    if (name === null) throw new RangeError('option is not name=value, or the entry does not end with ";"');
    rest = rest.slice(name[0].length);
    const [value, after] = readOptionValue(rest, name[1]!);
    if (options.has(name[1]!)) throw new RangeError(`option ${name[1]} appears more than once`);
    options.set(name[1]!, value);
    rest = after;
  }
}

function readOptionValue(text: string, option: string): [string, string] {
  if (!text.startsWith('"')) {
    const bare = /^[^\s;"]+/.exec(text);
    if (bare === null) throw new RangeError(`option ${option} has no value`);
    return [bare[0], text.slice(bare[0].length)];
  }
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      value += text[++i];
    } else if (ch === '"') {
      return [value, text.slice(i + 1)];
    } else {
      value += ch;
    }
  }
  throw new RangeError(`option ${option} has an unterminated quoted value`);
}

/** PLAIN's user table: the `user_<name>` options. */
export function plainUsers(config: JaasConfig): Map<string, string> {
  const users = new Map<string, string>();
  for (const [name, value] of config.options) {
    if (name.startsWith('user_') && name.length > 'user_'.length) users.set(name.slice('user_'.length), value);
  }
  return users;
}

/** The login's own credentials (username, password), when both are given. */
export function loginCredentials(config: JaasConfig): { username: string; password: string } | undefined {
  const username = config.options.get('username');
  const password = config.options.get('password');
  return username === undefined || password === undefined ? undefined : { username, password };
}
