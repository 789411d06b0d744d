/**
 * The transaction coordinator's MarkerTransport: WriteTxnMarkers to a partition leader over a
 * protobuf connection to its endpoint on inter.broker.listener.name (Kafka's
 * TransactionMarkerChannelManager network client). One connection per destination broker; a
 * connection that failed, or whose broker moved to another endpoint, is replaced on the next send.
 */
import { ApiKey } from '../../../proto/api';
import { BrokerConnection } from '../../../client/network/connection';
import type { MetadataCache } from '../../cluster/metadata-cache';
import type { MarkerRoute, MarkerTransport } from '../../coordinator/transaction/transaction-marker-channel';
import { writeTxnMarkersClientCodec } from '../codecs/protobuf/transactions';
import { type InterBrokerSecurity } from './security';
import { sendWith } from './send';

export interface MarkerTransportOptions {
  localBrokerId: number;
  metadataCache: Pick<MetadataCache, 'contains' | 'partitionState' | 'aliveEndpoint'>;
  interBrokerListenerName: string;
  /** request.timeout.ms: bound on one WriteTxnMarkers round trip. */
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** The inter-broker listener's security; PLAINTEXT when absent. */
  security?: InterBrokerSecurity;
}

export function connectionMarkerTransport(opts: MarkerTransportOptions): MarkerTransport {
  const connections = new Map<number, { address: string; connection: BrokerConnection }>();
  const connectionTo = (brokerId: number): BrokerConnection => {
    const endpoint = opts.metadataCache.aliveEndpoint(brokerId, opts.interBrokerListenerName);
    if (endpoint === undefined) throw new Error(`broker ${brokerId} has no live endpoint on ${opts.interBrokerListenerName}`);
    const address = `${endpoint.host}:${endpoint.port}`;
    const cached = connections.get(brokerId);
    if (cached !== undefined && cached.address === address) return cached.connection;
    cached?.connection.close();
    const connection = new BrokerConnection({
      host: endpoint.host, port: endpoint.port, clientId: `broker-${opts.localBrokerId}-txn-marker-sender`,
      connectTimeoutMs: opts.connectTimeoutMs, requestTimeoutMs: opts.requestTimeoutMs, ...opts.security?.(),
    });
    connections.set(brokerId, { address, connection });
    return connection;
  };
  return {
    route(topic, partition): MarkerRoute {
      if (!opts.metadataCache.contains(topic)) return { kind: 'deleted-topic' };
      const leader = opts.metadataCache.partitionState(topic, partition)?.leader ?? -1;
      if (leader < 0 || opts.metadataCache.aliveEndpoint(leader, opts.interBrokerListenerName) === undefined) return { kind: 'unknown-leader' };
      return { kind: 'leader', brokerId: leader };
    },
    async send(brokerId, request) {
      const connection = connectionTo(brokerId);
      try {
        return await sendWith(connection, ApiKey.WriteTxnMarkers, writeTxnMarkersClientCodec, request, opts.requestTimeoutMs);
      } catch (err) {
        // A failed connection stays closed: drop it so that the retry connects afresh.
        if (connections.get(brokerId)?.connection === connection) connections.delete(brokerId);
        connection.close();
        throw err;
      }
    },
    close() {
      for (const { connection } of connections.values()) connection.close();
      connections.clear();
    },
  };
}
