/**
 * The transport security of each listener, resolved from Kafka's keys: the listener's security
 * protocol (listener.security.protocol.map), its TLS settings (ssl.*) and SASL settings (sasl.*),
 * where `listener.name.<listener>.<key>` overrides the broker-wide key for that listener, and
 * `listener.name.<listener>.<mechanism>.sasl.jaas.config` (mechanism lower case) gives a
 * mechanism's JAAS entry there, as Kafka allows.
 */

import type { SecurityProtocol } from '../security/session';
import { type JaasConfig, loginCredentials, parseJaasConfig } from '../../proto/jaas-config';
import { PrincipalMapper } from '../security/tls/principal-mapper';
import { type ConfigKey, type ConfigValue, brokerConfigKeyByName, saslMechanisms, type sslClientAuthValues } from './definitions';
import { BrokerConfigError } from './properties';

export type SaslMechanism = (typeof saslMechanisms)[number];
export type SslClientAuth = (typeof sslClientAuthValues)[number];

export interface SslConfig {
  keystoreLocation: string | undefined;
  keystoreKey: string | undefined;
  keystoreCertificateChain: string | undefined;
  keyPassword: string | undefined;
  truststoreLocation: string | undefined;
  truststoreCertificates: string | undefined;
  clientAuth: SslClientAuth;
  enabledProtocols: string[];
  cipherSuites: string[];
  /** 'https' checks the host name of a broker this broker connects to; '' does not. */
  endpointIdentificationAlgorithm: string;
  principalMappingRules: string;
  fileReloadIntervalMs: number;
}

export interface SaslConfig {
  enabledMechanisms: SaslMechanism[];
  /** The JAAS entry of each mechanism (listener + mechanism prefixed, else sasl.jaas.config). */
  jaas: Partial<Record<SaslMechanism, JaasConfig>>;
}

export interface ListenerSecurity {
  listenerName: string;
  securityProtocol: SecurityProtocol;
  /** Set for SSL and SASL_SSL listeners. */
  ssl: SslConfig | undefined;
  /** Set for SASL_PLAINTEXT and SASL_SSL listeners. */
  sasl: SaslConfig | undefined;
}

export interface TransportSecurityConfig {
  /** Keyed by upper-case listener name. */
  listeners: Record<string, ListenerSecurity>;
  saslMechanismInterBrokerProtocol: SaslMechanism;
  connectionFailedAuthenticationDelayMs: number;
}

/** One `listener.name.<listener>.<key>` value. */
export interface ListenerOverride {
  listenerName: string;
  key: string;
  value: ConfigValue;
}

const prefixed = /^listener\.name\.([^.]+)\.(.+)$/;

/**
 * The listener override a raw key names, parsed with its base key's type; undefined for a key
 * that is not `listener.name.*`. Only ssl.*, sasl.* keys and `<mechanism>.sasl.jaas.config` may be
 * prefixed.
 */
export function parseListenerOverride(name: string, text: string, parseValue: (def: ConfigKey, raw: string) => ConfigValue): ListenerOverride | undefined {
  const m = prefixed.exec(name);
  if (m === null) return undefined;
  const listenerName = m[1]!.toUpperCase();
  const rest = m[2]!;
  const mechanism = /^([a-z0-9-]+)\.sasl\.jaas\.config$/.exec(rest);
  if (mechanism !== null) {
    if (!(saslMechanisms as readonly string[]).includes(mechanism[1]!.toUpperCase())) {
      throw new BrokerConfigError(name, `unknown SASL mechanism ${mechanism[1]} (one of ${saslMechanisms.join(', ')}, lower case)`);
    }
    return { listenerName, key: `${mechanism[1]!.toUpperCase()}.sasl.jaas.config`, value: text };
  }
  const def = brokerConfigKeyByName.get(rest);
  if (def === undefined || !(rest.startsWith('ssl.') || rest.startsWith('sasl.'))) {
    throw new BrokerConfigError(name, 'unknown configuration key (only ssl.* and sasl.* keys may be set per listener)');
  }
  return { listenerName, key: rest, value: parseValue(def, text) };
}

type Get = (name: string) => ConfigValue;

/** Resolves every listener's security; throws BrokerConfigError for a listener missing what its protocol needs. */
export function resolveTransportSecurity(get: Get, protocolMap: ReadonlyMap<string, string>, overrides: readonly ListenerOverride[]): TransportSecurityConfig {
  for (const o of overrides) {
    if (!protocolMap.has(o.listenerName)) {
      throw new BrokerConfigError(`listener.name.${o.listenerName.toLowerCase()}.${o.key}`, `listener ${o.listenerName} is not in listener.security.protocol.map`);
    }
  }
  const listeners: Record<string, ListenerSecurity> = {};
  for (const [listenerName, protocol] of protocolMap) {
    const value = (key: string): ConfigValue => {
      const found = overrides.find((o) => o.listenerName === listenerName && o.key === key);
      return found === undefined ? get(key) : found.value;
    };
    const securityProtocol = protocol as SecurityProtocol;
    listeners[listenerName] = {
      listenerName,
      securityProtocol,
      ssl: securityProtocol === 'SSL' || securityProtocol === 'SASL_SSL' ? sslConfig(listenerName, value) : undefined,
      sasl: securityProtocol === 'SASL_PLAINTEXT' || securityProtocol === 'SASL_SSL' ? saslConfig(listenerName, value) : undefined,
    };
  }
  return {
    listeners,
    saslMechanismInterBrokerProtocol: get('sasl.mechanism.inter.broker.protocol') as SaslMechanism,
    connectionFailedAuthenticationDelayMs: get('connection.failed.authentication.delay.ms') as number,
  };
}

function optional(v: ConfigValue): string | undefined {
  return v === null || v === '' ? undefined : String(v);
}

function sslConfig(listenerName: string, value: Get): SslConfig {
  const ssl: SslConfig = {
    keystoreLocation: optional(value('ssl.keystore.location')),
    keystoreKey: optional(value('ssl.keystore.key')),
    keystoreCertificateChain: optional(value('ssl.keystore.certificate.chain')),
    keyPassword: optional(value('ssl.key.password')),
    truststoreLocation: optional(value('ssl.truststore.location')),
    truststoreCertificates: optional(value('ssl.truststore.certificates')),
    clientAuth: value('ssl.client.auth') as SslClientAuth,
    enabledProtocols: value('ssl.enabled.protocols') as string[],
    cipherSuites: value('ssl.cipher.suites') as string[],
    endpointIdentificationAlgorithm: (value('ssl.endpoint.identification.algorithm') as string).toLowerCase(),
    principalMappingRules: value('ssl.principal.mapping.rules') as string,
    fileReloadIntervalMs: value('ssl.file.reload.interval.ms') as number,
  };
  const inline = ssl.keystoreKey !== undefined || ssl.keystoreCertificateChain !== undefined;
  if (ssl.keystoreLocation !== undefined && inline) {
    throw new BrokerConfigError('ssl.keystore.location', `listener ${listenerName}: give ssl.keystore.location or ssl.keystore.key with ssl.keystore.certificate.chain, not both`);
  }
  if (ssl.keystoreLocation === undefined && (ssl.keystoreKey === undefined || ssl.keystoreCertificateChain === undefined)) {
    throw new BrokerConfigError('ssl.keystore.location', `listener ${listenerName} uses TLS and needs a key and certificate chain (ssl.keystore.location, or ssl.keystore.key with ssl.keystore.certificate.chain)`);
  }
  if (ssl.truststoreLocation !== undefined && ssl.truststoreCertificates !== undefined) {
    throw new BrokerConfigError('ssl.truststore.location', `listener ${listenerName}: give ssl.truststore.location or ssl.truststore.certificates, not both`);
  }
  if (ssl.clientAuth !== 'none' && ssl.truststoreLocation === undefined && ssl.truststoreCertificates === undefined) {
    throw new BrokerConfigError('ssl.client.auth', `listener ${listenerName} asks for client certificates (${ssl.clientAuth}) but has no truststore to check them`);
  }
  if (!['', 'https'].includes(ssl.endpointIdentificationAlgorithm)) {
    throw new BrokerConfigError('ssl.endpoint.identification.algorithm', `"${ssl.endpointIdentificationAlgorithm}" is not https or empty`);
  }
  try {
    PrincipalMapper.fromRules(ssl.principalMappingRules);
  } catch (err) {
    throw new BrokerConfigError('ssl.principal.mapping.rules', (err as Error).message);
  }
  return ssl;
}

function saslConfig(listenerName: string, value: Get): SaslConfig {
  const enabledMechanisms = value('sasl.enabled.mechanisms') as SaslMechanism[];
  const jaas: Partial<Record<SaslMechanism, JaasConfig>> = {};
  for (const mechanism of enabledMechanisms) {
    const text = optional(value(`${mechanism}.sasl.jaas.config`) ?? null) ?? optional(value('sasl.jaas.config'));
    if (text === undefined) continue;
    try {
      jaas[mechanism] = parseJaasConfig(text);
    } catch (err) {
      throw new BrokerConfigError(`listener.name.${listenerName.toLowerCase()}.${mechanism.toLowerCase()}.sasl.jaas.config`, (err as Error).message);
    }
  }
  return { enabledMechanisms, jaas };
}

/** Kafka's check: the inter-broker listener must offer the inter-broker mechanism and say how to log in with it. */
export function checkInterBrokerSasl(security: TransportSecurityConfig, listenerName: string): void {
  const sasl = security.listeners[listenerName]?.sasl;
  if (sasl === undefined) return;
  const mechanism = security.saslMechanismInterBrokerProtocol;
  if (!sasl.enabledMechanisms.includes(mechanism)) {
    throw new BrokerConfigError('sasl.mechanism.inter.broker.protocol', `${mechanism} must be among sasl.enabled.mechanisms of the inter-broker listener ${listenerName}`);
  }
  const jaas = sasl.jaas[mechanism];
  if (jaas === undefined || loginCredentials(jaas) === undefined) {
    throw new BrokerConfigError('sasl.jaas.config', `the inter-broker listener ${listenerName} uses SASL ${mechanism}: its JAAS entry needs username and password for this broker's own login`);
  }
}

/** Every password-typed value masked, for logs and the admin API. */
export function maskTransportSecurity(security: TransportSecurityConfig): unknown {
  const hidden = (v: string | undefined) => (v === undefined ? undefined : '[hidden]');
  return {
    ...security,
    listeners: Object.fromEntries(Object.entries(security.listeners).map(([name, l]) => [name, {
      ...l,
      ssl: l.ssl === undefined ? undefined : {
        ...l.ssl, keystoreKey: hidden(l.ssl.keystoreKey), keystoreCertificateChain: hidden(l.ssl.keystoreCertificateChain),
        keyPassword: hidden(l.ssl.keyPassword), truststoreCertificates: hidden(l.ssl.truststoreCertificates),
      },
      sasl: l.sasl === undefined ? undefined : { enabledMechanisms: l.sasl.enabledMechanisms, jaas: Object.fromEntries(Object.entries(l.sasl.jaas).map(([m, j]) => [m, { loginModule: j.loginModule, options: '[hidden]' }])) },
    }])),
  };
}
