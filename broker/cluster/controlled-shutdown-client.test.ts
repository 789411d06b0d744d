import { systemClock } from '../clock';
import pino from 'pino';
import { ErrorCode } from '../../proto/errors';
import { requestControlledShutdown, type ControllerTarget } from './controlled-shutdown-client';

const logger = pino({ level: 'silent' });

function target(answers: { errorCode: number; remaining: number }[], sent: unknown[]): ControllerTarget {
  return {
    id: 7,
    send: async (req) => {
      sent.push(req);
      const a = answers.shift() ?? { errorCode: ErrorCode.NONE, remaining: 0 };
      return { errorCode: a.errorCode, remainingPartitions: Array.from({ length: a.remaining }, (_, i) => ({ topic: 't', partition: i })) };
    },
    close: () => undefined,
  };
}

describe('requestControlledShutdown', () => {
  it('retries with backoff until the controller reports nothing remaining', async () => {
    const sent: unknown[] = [];
    const answers = [{ errorCode: ErrorCode.NONE, remaining: 2 }, { errorCode: ErrorCode.NOT_CONTROLLER, remaining: 0 }, { errorCode: ErrorCode.NONE, remaining: 0 }];
    const sleeps: number[] = [];
    const ok = await requestControlledShutdown({
      brokerId: 3, getBrokerEpoch: () => 99, maxRetries: 3, retryBackoffMs: 5_000, logger,
      findController: async () => target(answers, sent), clock: { ...systemClock, sleep: async (ms: number) => { sleeps.push(ms); } },
    });
    expect(ok).toBe(true);
    expect(sent).toEqual([{ brokerId: 3, brokerEpoch: 99 }, { brokerId: 3, brokerEpoch: 99 }, { brokerId: 3, brokerEpoch: 99 }]);
    expect(sleeps).toEqual([5_000, 5_000]);
  });

  it('gives up after controlled.shutdown.max.retries attempts, including when no controller is known', async () => {
    let lookups = 0;
    const ok = await requestControlledShutdown({
      brokerId: 3, getBrokerEpoch: () => 1, maxRetries: 3, retryBackoffMs: 1, logger,
      findController: async () => { lookups++; return undefined; }, clock: { ...systemClock, sleep: async () => undefined },
    });
    expect(ok).toBe(false);
    expect(lookups).toBe(3);
  });
});
