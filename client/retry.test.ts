import { backoffMs, retryPolicy, withRetry } from './retry';
import { SamsaNumberOfRetriesExceeded } from './errors';
import { ErrorCode, SamsaProtocolError } from '../proto/errors';

describe('backoffMs', () => {
  const policy = retryPolicy({ initialRetryTimeMs: 100, multiplier: 2, factor: 0.2, maxRetryTimeMs: 1000 });

  it('grows exponentially with no jitter at the midpoint of the random range', () => {
    expect([0, 1, 2, 3].map((n) => backoffMs(policy, n, () => 0.5))).toEqual([100, 200, 400, 800]);
  });

  it('jitters within plus or minus factor of the nominal wait', () => {
    expect(backoffMs(policy, 1, () => 0)).toBe(160);
    expect(backoffMs(policy, 1, () => 0.999999)).toBe(240);
  });

  it('is capped at maxRetryTimeMs', () => {
    expect(backoffMs(policy, 10, () => 0.5)).toBe(1000);
  });

  it('rejects a jitter factor outside [0, 1]', () => {
    expect(() => retryPolicy({ factor: 2 })).toThrow(RangeError);
  });
});

describe('withRetry', () => {
  const retriable = () => new SamsaProtocolError(ErrorCode.NOT_LEADER_OR_FOLLOWER);
  const waits: number[] = [];
  const hooks = { sleep: async (ms: number) => void waits.push(ms), random: () => 0.5 };
  beforeEach(() => (waits.length = 0));

  it('retries retriable errors and returns the eventual result', async () => {
    let calls = 0;
    const result = await withRetry(retryPolicy({ retries: 5 }), async () => {
      if (++calls < 3) throw retriable();
      return 'ok';
    }, hooks);
    expect(result).toBe('ok');
    expect(waits).toEqual([100, 200]);
  });

  it('fails at once on a non-retriable error', async () => {
    const err = new SamsaProtocolError(ErrorCode.INVALID_REQUEST);
    await expect(withRetry(retryPolicy(), async () => { throw err; }, hooks)).rejects.toBe(err);
    expect(waits).toEqual([]);
  });

  it('throws SamsaNumberOfRetriesExceeded carrying the cause once retries run out', async () => {
    const last = retriable();
    const promise = withRetry(retryPolicy({ retries: 2 }), async () => { throw last; }, hooks);
    await expect(promise).rejects.toBeInstanceOf(SamsaNumberOfRetriesExceeded);
    await promise.catch((e: SamsaNumberOfRetriesExceeded) => {
      expect(e.cause).toBe(last);
      expect(e.retryCount).toBe(2);
    });
    expect(waits).toEqual([100, 200]);
  });

  it('stops when the next wait would exceed maxRetryTimeMs', async () => {
    let nowMs = 0;
    const promise = withRetry(retryPolicy({ retries: 100, maxRetryTimeMs: 250 }), async () => { throw retriable(); }, {
      ...hooks,
      nowMs: () => nowMs,
      sleep: async (ms: number) => { waits.push(ms); nowMs += ms; },
    });
    await expect(promise).rejects.toBeInstanceOf(SamsaNumberOfRetriesExceeded);
    expect(waits).toEqual([100]);
  });

  it('bail ends the loop with the given error', async () => {
    const err = new Error('stop');
    await expect(withRetry(retryPolicy(), async ({ bail }) => bail(err), hooks)).rejects.toBe(err);
  });
});
