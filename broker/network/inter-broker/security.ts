/**
 * How this broker connects to another broker's listener: with that listener's security protocol,
 * as Kafka's inter-broker clients use the inter-broker listener's channel builder. TLS uses the
 * listener's truststore (and keystore, for mutual TLS) as currently loaded, so reloaded files
 * apply to the next connection; SASL logs in with `sasl.mechanism.inter.broker.protocol` and the
 * username/password of that mechanism's JAAS entry on the listener.
 */
import type { ConnectionSecurity } from '../../../client/network/connection-pool';
import type { TransportSecurityConfig } from '../../config/security';
import { loginCredentials } from '../../../proto/jaas-config';
import type { TlsReloader } from '../../security/tls/tls-reloader';

/** The security of each new connection to `listenerName`; read anew per connection. */
export type InterBrokerSecurity = () => ConnectionSecurity;

export const plaintextInterBroker: InterBrokerSecurity = () => ({});

export function interBrokerSecurity(security: TransportSecurityConfig, listenerName: string,
  tlsReloader: (listenerName: string) => TlsReloader | undefined): InterBrokerSecurity {
  const listener = security.listeners[listenerName];
  if (listener === undefined || listener.securityProtocol === 'PLAINTEXT') return plaintextInterBroker;
  const mechanism = security.saslMechanismInterBrokerProtocol;
  const jaas = listener.sasl?.jaas[mechanism];
  const login = jaas === undefined ? undefined : loginCredentials(jaas);
  if (listener.sasl !== undefined && login === undefined) throw new Error(`listener ${listenerName} has no ${mechanism} login for inter-broker connections`);
  return () => {
    const reloader = listener.ssl === undefined ? undefined : tlsReloader(listenerName);
    if (listener.ssl !== undefined && reloader === undefined) throw new Error(`listener ${listenerName} has no TLS material loaded`);
    return {
      ...(reloader === undefined ? {} : { tls: reloader.clientOptions() }),
      ...(login === undefined ? {} : { sasl: { mechanism, ...login } }),
    };
  };
}
