/**
 * Kafka's client security properties (what the `--command-config` files of Kafka's tools hold)
 * as SamsaConfig's `ssl` and `sasl`:
 * - `security.protocol`: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL;
 * - PEM trust and key material, as files (`ssl.truststore.location`, `ssl.keystore.location`
 *   holding the private key and its certificate chain) or inline (`ssl.truststore.certificates`,
 *   `ssl.keystore.key` + `ssl.keystore.certificate.chain`), `ssl.*.type` PEM only,
 *   `ssl.key.password`;
 * - `ssl.endpoint.identification.algorithm`: https (default) or empty to skip the host name check;
 * - `sasl.mechanism` (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) and `sasl.jaas.config`
 *   (PlainLoginModule or ScramLoginModule, matching the mechanism, with username and password).
 * Other keys are reported to `warn` and ignored; a bad value throws ClientPropertiesError naming
 * the key (`<key>: <problem>`).
 */

import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { loginCredentials, parseJaasConfig, plainLoginModule, scramLoginModule } from '../../proto/jaas-config';
import type { SaslOptions } from '../samsa';

export class ClientPropertiesError extends Error {}

export interface ClientSecurityOptions {
  ssl?: ConnectionOptions;
  sasl?: SaslOptions;
}

export interface ClientPropertiesOptions {
  /** Told of each key this module ignores. */
  warn?: (message: string) => void;
  readFile?: (path: string) => string;
}

const securityProtocols = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
const mechanisms: Readonly<Record<string, SaslOptions['mechanism']>> = { PLAIN: 'plain', 'SCRAM-SHA-256': 'scram-sha-256', 'SCRAM-SHA-512': 'scram-sha-512' };
const knownKeys: ReadonlySet<string> = new Set([
  'security.protocol', 'ssl.truststore.location', 'ssl.truststore.certificates', 'ssl.truststore.type', 'ssl.keystore.location',
  'ssl.keystore.key', 'ssl.keystore.certificate.chain', 'ssl.keystore.type', 'ssl.key.password', 'ssl.endpoint.identification.algorithm',
  'sasl.mechanism', 'sasl.jaas.config',
]);
const privateKeyPattern = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g;
const certificatePattern = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

type Props = Readonly<Record<string, string>>;

function bad(key: string, problem: string): ClientPropertiesError {
  return new ClientPropertiesError(`${key}: ${problem}`);
}

/** The PEM text of an inline key, or of the file a location key names. */
function pem(props: Props, locationKey: string, inlineKey: string, readFile: (path: string) => string): string | undefined {
  const inline = props[inlineKey];
  if (inline !== undefined && inline !== '') return inline;
  const location = props[locationKey];
  if (location === undefined || location === '') return undefined;
  let text: string;
  try {
    text = readFile(location);
  } catch (err) {
    throw bad(locationKey, `cannot read ${location}: ${(err as Error).message}`);
  }
  if (!text.includes('-----BEGIN ')) throw bad(locationKey, `${location} is not a PEM file`);
  return text;
}

function tlsOptions(props: Props, readFile: (path: string) => string): ConnectionOptions {
  for (const typeKey of ['ssl.truststore.type', 'ssl.keystore.type']) {
    const type = props[typeKey];
    if (type !== undefined && type.toUpperCase() !== 'PEM') throw bad(typeKey, `only PEM is supported, not ${type}`);
  }
  const options: ConnectionOptions = {};
  const ca = pem(props, 'ssl.truststore.location', 'ssl.truststore.certificates', readFile);
  if (ca !== undefined) options.ca = ca;
  const keystore = pem(props, 'ssl.keystore.location', 'ssl.keystore.key', readFile);
  if (keystore !== undefined) {
    const keys = keystore.match(privateKeyPattern) ?? [];
    const certs = (props['ssl.keystore.certificate.chain'] ?? keystore).match(certificatePattern) ?? [];
    if (keys.length !== 1 || certs.length === 0) throw bad('ssl.keystore.location', 'must hold one private key and its certificate chain');
    options.key = keys[0];
    options.cert = certs.join('\n');
  }
  if (props['ssl.key.password'] !== undefined) options.passphrase = props['ssl.key.password'];
  const algorithm = props['ssl.endpoint.identification.algorithm'];
  if (algorithm !== undefined && algorithm !== '' && algorithm.toLowerCase() !== 'https') {
    throw bad('ssl.endpoint.identification.algorithm', `must be https or empty, not ${algorithm}`);
  }
  if (algorithm === '') options.checkServerIdentity = () => undefined;
  return options;
}

function saslOptions(props: Props): SaslOptions {
  const mechanismText = props['sasl.mechanism'];
  if (mechanismText === undefined) throw bad('sasl.mechanism', 'is required with a SASL security.protocol (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)');
  const mechanism = mechanisms[mechanismText.toUpperCase()];
  if (mechanism === undefined) throw bad('sasl.mechanism', `${mechanismText} is not supported (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)`);
  const jaasText = props['sasl.jaas.config'];
  if (jaasText === undefined) throw bad('sasl.jaas.config', 'is required with a SASL security.protocol');
  let jaas;
  try {
    jaas = parseJaasConfig(jaasText);
  } catch (err) {
    throw bad('sasl.jaas.config', `expected "<LoginModule> required username=\\"...\\" password=\\"...\\";": ${(err as Error).message}`);
  }
  const expectedModule = mechanism === 'plain' ? plainLoginModule : scramLoginModule;
  if (jaas.loginModule !== plainLoginModule && jaas.loginModule !== scramLoginModule) throw bad('sasl.jaas.config', `unsupported login module ${jaas.loginModule}`);
  if (jaas.loginModule !== expectedModule) throw bad('sasl.jaas.config', `${jaas.loginModule} does not match sasl.mechanism ${mechanismText}`);
  const login = loginCredentials(jaas);
  if (login === undefined) throw bad('sasl.jaas.config', 'needs username="..." and password="..."');
  return { mechanism, ...login };
}

/** The `ssl` and `sasl` options `security.protocol` and its keys call for. */
export function clientSecurityFromProperties(props: Props, opts: ClientPropertiesOptions = {}): ClientSecurityOptions {
  for (const key of Object.keys(props)) if (!knownKeys.has(key)) opts.warn?.(`ignoring unknown property ${key}`);
  const protocolText = (props['security.protocol'] ?? 'PLAINTEXT').toUpperCase();
  const protocol = securityProtocols.find((p) => p === protocolText);
  if (protocol === undefined) throw bad('security.protocol', `${props['security.protocol']} is not one of ${securityProtocols.join(', ')}`);
  const readFile = opts.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  return {
    ...(protocol.endsWith('SSL') ? { ssl: tlsOptions(props, readFile) } : {}),
    ...(protocol.startsWith('SASL_') ? { sasl: saslOptions(props) } : {}),
  };
}
