/**
 * Kafka's named listeners (KIP-103): `listeners=INTERNAL://0.0.0.0:29092,EXTERNAL://:9092`,
 * `advertised.listeners` with the same names, and `listener.security.protocol.map` giving each
 * name its protocol. Names are case-insensitive and normalised to upper case as Kafka does.
 */

import { BrokerConfigError } from './properties';

export interface ListenerEndpoint {
  name: string;
  /** '' binds every interface (Kafka's empty host). */
  host: string;
  port: number;
}

export interface AdminListener {
  host: string;
  port: number;
}

export const supportedSecurityProtocols = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;

const listenerPattern = /^([A-Za-z0-9_-]+):\/\/(\[[0-9A-Fa-f:.]*\]|[^:/[\]]*):(\d+)$/;

/** Parses `NAME://host:port,...`; names must be distinct. */
export function parseListeners(key: string, text: string): ListenerEndpoint[] {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new BrokerConfigError(key, 'must name at least one listener');
  const endpoints = items.map((item) => {
    const m = listenerPattern.exec(item);
    if (m === null) throw new BrokerConfigError(key, `"${item}" is not NAME://host:port`);
    const port = Number(m[3]);
    if (port > 65_535) throw new BrokerConfigError(key, `port ${port} in "${item}" is out of range`);
    const host = m[2]!.startsWith('[') ? m[2]!.slice(1, -1) : m[2]!;
    return { name: m[1]!.toUpperCase(), host, port };
  });
  const seen = new Set<string>();
  for (const e of endpoints) {
    if (seen.has(e.name)) throw new BrokerConfigError(key, `listener name ${e.name} appears more than once`);
    seen.add(e.name);
  }
  return endpoints;
}

/** Parses `NAME:PROTOCOL,...` into a map keyed by upper-case listener name. */
export function parseSecurityProtocolMap(key: string, text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const colon = item.indexOf(':');
    if (colon <= 0 || colon === item.length - 1) throw new BrokerConfigError(key, `"${item}" is not NAME:PROTOCOL`);
    const name = item.slice(0, colon).trim().toUpperCase();
    const protocol = item.slice(colon + 1).trim().toUpperCase();
    if (!(supportedSecurityProtocols as readonly string[]).includes(protocol)) {
      throw new BrokerConfigError(key, `security protocol ${protocol} of listener ${name} is not supported (only ${supportedSecurityProtocols.join(', ')})`);
    }
    if (result.has(name)) throw new BrokerConfigError(key, `listener name ${name} appears more than once`);
    result.set(name, protocol);
  }
  return result;
}

/** What a listener speaks: Samsa's protobuf frames, or Kafka's binary protocol. */
export const wireProtocols = ['protobuf', 'kafka'] as const;
export type WireProtocolName = (typeof wireProtocols)[number];

/**
 * Parses `listener.wire.protocol.map` (`NAME:kafka,OTHER:protobuf`) into a map keyed by upper-case
 * listener name. Names may be listed that no listener uses (the default names KAFKA).
 */
export function parseWireProtocolMap(key: string, text: string): Map<string, WireProtocolName> {
  const result = new Map<string, WireProtocolName>();
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const colon = item.indexOf(':');
    if (colon <= 0 || colon === item.length - 1) throw new BrokerConfigError(key, `"${item}" is not NAME:WIRE`);
    const name = item.slice(0, colon).trim().toUpperCase();
    const wire = item.slice(colon + 1).trim().toLowerCase();
    if (!(wireProtocols as readonly string[]).includes(wire)) {
      throw new BrokerConfigError(key, `wire protocol "${wire}" of listener ${name} is not one of ${wireProtocols.join(', ')}`);
    }
    if (result.has(name)) throw new BrokerConfigError(key, `listener name ${name} appears more than once`);
    result.set(name, wire as WireProtocolName);
  }
  return result;
}

/** Parses `http://host:port` for the admin API. */
export function parseAdminListener(key: string, text: string): AdminListener {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new BrokerConfigError(key, `"${text}" is not a URL like http://host:port`);
  }
  if (url.protocol !== 'http:') throw new BrokerConfigError(key, `only http:// is supported, got ${url.protocol}//`);
  // URL drops the scheme's default port, so an explicit :80 reads back as ''.
  const port = url.port === '' ? (/:80\/?$/.test(text.trim()) ? 80 : undefined) : Number(url.port);
  if (port === undefined) throw new BrokerConfigError(key, `"${text}" must include a port`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '') {
    throw new BrokerConfigError(key, `"${text}" must not have a path or query`);
  }
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { host, port };
}

/** host:port as a client would dial it (IPv6 hosts in brackets). */
export function formatHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
