/**
 * Issue 8 defect 5: a controller's request retries must stop when it resigns or shuts down. A
 * broker whose listener is closed (this broker's own, during its shutdown) refuses every send; the
 * sender loop toward it must end with `shutdown`, and a manager that was shut down must not start
 * a new loop when a late event adds a broker.
 */
import pino from 'pino';
import { ApiKey } from '../../proto/api';
import type { UpdateMetadataRequest } from '../api/controller-requests';
import type { BrokerInfo } from '../../zk/kafka-zk-client';
import { ControllerChannelManager, type ConnectToBroker } from './controller-channel-manager';

const logger = pino({ level: 'silent' });
const broker = (id: number): BrokerInfo => ({ id, epoch: 1, endpoints: [{ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '127.0.0.1', port: 1 }] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A broker whose listener is closed: every send fails at once, and each attempt is counted. */
function refusingBroker(attempts: { count: number }): ConnectToBroker {
  const refuse = async (): Promise<never> => {
    attempts.count++;
    throw new Error('connect ECONNREFUSED');
  };
  return () => ({ close: () => undefined, leaderAndIsr: refuse, updateMetadata: refuse, stopReplica: refuse });
}

const emptyUpdateMetadata: UpdateMetadataRequest = { controllerId: 1, controllerEpoch: 1, brokerEpoch: 1, partitionStates: [], liveBrokers: [] };

describe('ControllerChannelManager retry loops', () => {
  it('stop at shutdown: no send is attempted afterwards', async () => {
    const attempts = { count: 0 };
    const channel = new ControllerChannelManager({ controllerId: 1, interBrokerListenerName: 'PLAINTEXT', logger, connectToBroker: refusingBroker(attempts) });
    channel.startup([broker(1)]);
    channel.sendRequest(1, { apiKey: ApiKey.UpdateMetadata, body: emptyUpdateMetadata });
    await sleep(250);
    expect(attempts.count).toBeGreaterThan(0);
    channel.shutdown();
    const atShutdown = attempts.count;
    await sleep(1_000);
    expect(attempts.count).toBe(atShutdown);
    expect(channel.senderCount).toBe(0);
  });

  it('never start again once shut down, even when a late event adds a broker', async () => {
    const attempts = { count: 0 };
    const channel = new ControllerChannelManager({ controllerId: 1, interBrokerListenerName: 'PLAINTEXT', logger, connectToBroker: refusingBroker(attempts) });
    channel.startup([broker(2)]);
    channel.shutdown();
    channel.addBroker(broker(1));
    expect(channel.sendRequest(1, { apiKey: ApiKey.UpdateMetadata, body: emptyUpdateMetadata })).toBe(false);
    await sleep(500);
    expect(attempts.count).toBe(0);
    expect(channel.senderCount).toBe(0);
    expect(channel.isShutdown).toBe(true);
  });
});
