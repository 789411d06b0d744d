/** The bound on client-caused log lines. */
import { LogRateLimiter } from './log-rate-limiter';

describe('LogRateLimiter', () => {
  it('writes at most the bound per window and reports what it left out with the next line written', () => {
    let now = 0;
    const limiter = new LogRateLimiter(2, 1_000, () => now);
    const written: number[] = [];
    for (let i = 0; i < 5; i++) limiter.log((left) => written.push(left));
    expect(written).toEqual([0, 0]);
    now = 999;
    limiter.log((left) => written.push(left));
    expect(written).toEqual([0, 0]);
    now = 1_000;
    limiter.log((left) => written.push(left));
    expect(written).toEqual([0, 0, 4]);
    limiter.log((left) => written.push(left));
    expect(written).toEqual([0, 0, 4, 0]);
  });
});
