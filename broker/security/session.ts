/**
 * Who sent a request (Kafka's RequestChannel.Session): the authenticated principal, the client's
 * host (ACLs match on it) and the listener with its security protocol. A connection's session is
 * fixed once authentication completes; before that (or on a PLAINTEXT listener) it is anonymous.
 */
import { anonymousPrincipal, type KafkaPrincipal } from './principal';

export const securityProtocols = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
export type SecurityProtocol = (typeof securityProtocols)[number];

export interface Session {
  readonly principal: KafkaPrincipal;
  /** The client's IP address, without the port (what an ACL's host matches). */
  readonly clientHost: string;
  readonly listenerName: string;
  readonly securityProtocol: SecurityProtocol;
}

export function anonymousSession(clientHost: string, listenerName: string, securityProtocol: SecurityProtocol = 'PLAINTEXT'): Session {
  return { principal: anonymousPrincipal, clientHost, listenerName, securityProtocol };
}

/** The host part of "ip:port" / "[v6]:port". */
export function hostOfAddress(clientAddress: string): string {
  const colon = clientAddress.lastIndexOf(':');
  const host = colon < 0 ? clientAddress : clientAddress.slice(0, colon);
  return host.replace(/^\[(.*)\]$/, '$1').replace(/^::ffff:/, '');
}
