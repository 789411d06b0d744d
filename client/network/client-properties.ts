/**
 * Kafka's client security properties (what `--command-config` files of Kafka's tools hold) as
 * SamsaConfig's `ssl` and `sasl`: `security.protocol`, PEM `ssl.truststore.*` / `ssl.keystore.*`
 * (files or inline), `ssl.key.password`, `ssl.endpoint.identification.algorithm`,
 * `sasl.mechanism` and `sasl.jaas.config` (PlainLoginModule / ScramLoginModule with username and
 * password). Other keys are left to the caller.
 */

import { readFileSync } from 'node:fs';
import type tls from 'node:tls';
import type { SaslOptions } from '../samsa';

export class ClientPropertiesError extends Error {}

export interface ClientSecurityOptions {
  ssl?: tls.ConnectionOptions;
  sasl?: SaslOptions;
}

const protocols = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
const jaasOption = /([\w.]+)\s*=\s*"((?:\\.|[^"\\])*)"/g;

function pemFile(props: Readonly<Record<string, string>>, locationKey: string, inlineKey: string): string | undefined {
  const inline = props[inlineKey];
  if (inline !== undefined && inline !== '') return inline;
  const location = props[locationKey];
  if (location === undefined || location === '') return undefined;
  try {
    return readFileSync(location, 'utf8');
  } catch (err) {
    throw new ClientPropertiesError(`${locationKey}: cannot read ${location}: ${(err as Error).message}`);
  }
}

function tlsOptions(props: Readonly<Record<string, string>>): tls.ConnectionOptions {
  for (const key of ['ssl.truststore.type', 'ssl.keystore.type']) {
    if (props[key] !== undefined && props[key].toUpperCase() !== 'PEM') throw new ClientPropertiesError(`${key}: only PEM is supported, got ${props[key]}`);
  }
  const ca = pemFile(props, 'ssl.truststore.location', 'ssl.truststore.certificates');
  const keystore = pemFile(props, 'ssl.keystore.location', 'ssl.keystore.key');
  const chain = props['ssl.keystore.certificate.chain'];
  const options: tls.ConnectionOptions = { ...(ca === undefined ? {} : { ca }) };
  if (keystore !== undefined) {
    options.key = keystore;
    options.cert = chain ?? keystore;
    if (props['ssl.key.password'] !== undefined) options.passphrase = props['ssl.key.password'];
  }
  if ((props['ssl.endpoint.identification.algorithm'] ?? 'https') === '') options.checkServerIdentity = () => undefined;
  return options;
}

function saslOptions(props: Readonly<Record<string, string>>): SaslOptions {
  const mechanism = (props['sasl.mechanism'] ?? '').toUpperCase();
  if (!['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'].includes(mechanism)) {
    throw new ClientPropertiesError(`sasl.mechanism: "${props['sasl.mechanism'] ?? ''}" is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512`);
  }
  const jaas = props['sasl.jaas.config'] ?? '';
  const options = new Map([...jaas.matchAll(jaasOption)].map((m) => [m[1]!, m[2]!.replace(/\\(.)/g, '$1')]));
  const username = options.get('username');
  const password = options.get('password');
  if (username === undefined || password === undefined) throw new ClientPropertiesError('sasl.jaas.config: needs username="..." and password="..."');
  return { mechanism: mechanism.toLowerCase() as SaslOptions['mechanism'], username, password };
}

/** The `ssl` and `sasl` options `security.protocol` and its keys call for; throws ClientPropertiesError naming the key at fault. */
export function clientSecurityFromProperties(props: Readonly<Record<string, string>>): ClientSecurityOptions {
  const protocol = (props['security.protocol'] ?? 'PLAINTEXT').toUpperCase();
  if (!protocols.includes(protocol)) throw new ClientPropertiesError(`security.protocol: "${props['security.protocol']}" is not one of ${protocols.join(', ')}`);
  return {
    ...(protocol.endsWith('SSL') ? { ssl: tlsOptions(props) } : {}),
    ...(protocol.startsWith('SASL_') ? { sasl: saslOptions(props) } : {}),
  };
}
