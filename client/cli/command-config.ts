/**
 * `--command-config <file>`: the Kafka client properties Kafka's tools take for a secured
 * cluster, mapped onto the client's KafkaJS-shaped `ssl` and `sasl` options. Supported:
 * security.protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL), ssl.truststore.location (PEM CA
 * certificates), ssl.keystore.location (PEM holding the client's key and certificate chain),
 * ssl.truststore.type / ssl.keystore.type (PEM only), ssl.key.password,
 * ssl.endpoint.identification.algorithm (https, or empty to skip the host name check),
 * sasl.mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) and sasl.jaas.config (PlainLoginModule or
 * ScramLoginModule with username and password). Other keys are warned about and ignored; a bad
 * value is an error naming the key.
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { parseProperties } from '../../proto/java-properties';
import type { SaslOptions } from '../samsa';
import { CliUsageError } from './args';

export interface CommandConfig {
  ssl?: boolean | ConnectionOptions;
  sasl?: SaslOptions;
}

const securityProtocols = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
const mechanisms: Record<string, SaslOptions['mechanism']> = { PLAIN: 'plain', 'SCRAM-SHA-256': 'scram-sha-256', 'SCRAM-SHA-512': 'scram-sha-512' };
const loginModules: Record<string, 'plain' | 'scram'> = {
  'org.apache.kafka.common.security.plain.PlainLoginModule': 'plain',
  'org.apache.kafka.common.security.scram.ScramLoginModule': 'scram',
};
const knownKeys = new Set([
  'security.protocol', 'ssl.truststore.location', 'ssl.truststore.type', 'ssl.keystore.location', 'ssl.keystore.type',
  'ssl.key.password', 'ssl.endpoint.identification.algorithm', 'sasl.mechanism', 'sasl.jaas.config',
]);

function bad(key: string, problem: string): CliUsageError {
  return new CliUsageError(`--command-config: ${key}: ${problem}`);
}

/** Parses a JAAS entry: `<module> required key="value" ...;` (Kafka's JaasConfig grammar). */
export function parseJaasConfig(text: string): { module: string; options: Record<string, string> } {
  const tokens = /^\s*([\w.$]+)\s+(required|requisite|sufficient|optional)\s*(.*?)\s*;?\s*$/s.exec(text);
  if (tokens === null) throw bad('sasl.jaas.config', 'expected "<LoginModule> required username=\\"...\\" password=\\"...\\";"');
  const options: Record<string, string> = {};
  const optionPattern = /\s*([\w.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s";]+))/gy;
  const body = tokens[3] ?? '';
  let consumed = 0;
  for (let m = optionPattern.exec(body); m !== null; m = optionPattern.exec(body)) {
    options[m[1]!] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
    consumed = optionPattern.lastIndex;
  }
  if (body.slice(consumed).trim() !== '') throw bad('sasl.jaas.config', `cannot read the options after "${body.slice(0, consumed).trim()}"`);
  return { module: tokens[1]!, options };
}

function readPem(key: string, path: string, readFile: (path: string) => string): string {
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    throw bad(key, `cannot read ${path}: ${(err as Error).message}`);
  }
  if (!text.includes('-----BEGIN ')) throw bad(key, `${path} is not a PEM file`);
  return text;
}

function sslOptions(props: Record<string, string>, readFile: (path: string) => string): boolean | ConnectionOptions {
  for (const typeKey of ['ssl.truststore.type', 'ssl.keystore.type']) {
    const type = props[typeKey];
    if (type !== undefined && type.toUpperCase() !== 'PEM') throw bad(typeKey, `only PEM is supported, not ${type}`);
  }
  const options: ConnectionOptions = {};
  const truststore = props['ssl.truststore.location'];
  if (truststore !== undefined) options.ca = readPem('ssl.truststore.location', truststore, readFile);
  const keystore = props['ssl.keystore.location'];
  if (keystore !== undefined) {
    const pem = readPem('ssl.keystore.location', keystore, readFile);
    const keys = pem.match(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g) ?? [];
    const certs = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (keys.length !== 1 || certs.length === 0) throw bad('ssl.keystore.location', `${keystore} must hold one private key and its certificate chain`);
    options.key = keys[0];
    options.cert = certs.join('\n');
  }
  if (props['ssl.key.password'] !== undefined) options.passphrase = props['ssl.key.password'];
  const algorithm = props['ssl.endpoint.identification.algorithm'];
  if (algorithm !== undefined && algorithm !== '' && algorithm.toLowerCase() !== 'https') {
    throw bad('ssl.endpoint.identification.algorithm', `must be https or empty, not ${algorithm}`);
  }
  if (algorithm === '') options.checkServerIdentity = () => undefined;
  return Object.keys(options).length === 0 ? true : options;
}

function saslOptions(props: Record<string, string>): SaslOptions {
  const mechanismText = props['sasl.mechanism'];
  if (mechanismText === undefined) throw bad('sasl.mechanism', 'is required with a SASL security.protocol (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)');
  const mechanism = mechanisms[mechanismText.toUpperCase()];
  if (mechanism === undefined) throw bad('sasl.mechanism', `${mechanismText} is not supported (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`);
  const jaas = props['sasl.jaas.config'];
  if (jaas === undefined) throw bad('sasl.jaas.config', 'is required with a SASL security.protocol');
  const { module, options } = parseJaasConfig(jaas);
  const kind = loginModules[module];
  if (kind === undefined) throw bad('sasl.jaas.config', `unsupported login module ${module}`);
  if ((kind === 'plain') !== (mechanism === 'plain')) throw bad('sasl.jaas.config', `${module} does not match sasl.mechanism ${mechanismText}`);
  if (options.username === undefined || options.password === undefined) throw bad('sasl.jaas.config', 'needs username="..." and password="..."');
  return { mechanism, username: options.username, password: options.password };
}

/** The client options of a properties map; `warn` hears about keys it ignores. */
export function commandConfigFrom(props: Record<string, string>, warn: (message: string) => void, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): CommandConfig {
  for (const key of Object.keys(props)) if (!knownKeys.has(key)) warn(`--command-config: ignoring unknown property ${key}`);
  const protocolText = (props['security.protocol'] ?? 'PLAINTEXT').toUpperCase();
  const protocol = securityProtocols.find((p) => p === protocolText);
  if (protocol === undefined) throw bad('security.protocol', `${props['security.protocol']} is not one of ${securityProtocols.join(', ')}`);
  const config: CommandConfig = {};
  if (protocol === 'SSL' || protocol === 'SASL_SSL') config.ssl = sslOptions(props, readFile);
  if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') config.sasl = saslOptions(props);
  return config;
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
