/**
 * The principal of a TLS connection (Kafka's DefaultKafkaPrincipalBuilder for SSL): the client
 * certificate's distinguished name after `ssl.principal.mapping.rules`, or ANONYMOUS when the
 * client presented none (ssl.client.auth=none or requested).
 */

import type tls from 'node:tls';
import { anonymousPrincipal, type KafkaPrincipal, userPrincipal } from '../principal';
import { distinguishedName, type PrincipalMapper } from './principal-mapper';

export type TlsPrincipalResult = { ok: true; principal: KafkaPrincipal } | { ok: false; reason: string };

export function tlsPrincipal(socket: tls.TLSSocket, mapper: PrincipalMapper): TlsPrincipalResult {
  const cert = socket.getPeerCertificate();
  if (cert === null || cert.raw === undefined || Object.keys(cert).length === 0) return { ok: true, principal: anonymousPrincipal };
  // ssl.client.auth=requested lets a handshake without a trusted certificate through; one that
  // offers an untrusted certificate is refused, as Java's TLS engine refuses it.
  if (!socket.authorized) return { ok: false, reason: `client certificate not trusted: ${String(socket.authorizationError)}` };
  const dn = distinguishedName(cert.raw);
  const name = mapper.principalName(dn);
  if (name === undefined) return { ok: false, reason: `no ssl.principal.mapping.rules rule matches the certificate DN ${dn}` };
  return { ok: true, principal: userPrincipal(name) };
}
