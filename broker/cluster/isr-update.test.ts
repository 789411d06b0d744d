import { isValidLeaderIsr, resolveIsrConflict } from './isr-update';

describe('resolveIsrConflict', () => {
  const local = { brokerId: 1, leaderEpoch: 5, replicas: [1, 2, 3] };
  const stored = { leader: 1, leaderEpoch: 5, isr: [1, 3], controllerEpoch: 2, zkVersion: 9 };

  it('adopts a znode that names this leader at its own epoch (its own write whose answer was lost)', () => {
    expect(resolveIsrConflict(local, stored)).toEqual({ kind: 'adopt', isr: [1, 3], zkVersion: 9 });
  });

  it('stops for anything the controller decided: another leader, another epoch, no znode', () => {
    expect(resolveIsrConflict(local, { ...stored, leader: 2, isr: [2, 3] })).toEqual({ kind: 'fenced' });
    expect(resolveIsrConflict(local, { ...stored, leaderEpoch: 6 })).toEqual({ kind: 'fenced' });
    expect(resolveIsrConflict(local, undefined)).toEqual({ kind: 'fenced' });
  });

  it('never adopts an ISR that breaks leader ∈ ISR ⊆ replicas', () => {
    expect(resolveIsrConflict(local, { ...stored, isr: [2, 3] })).toEqual({ kind: 'fenced' });
    expect(resolveIsrConflict(local, { ...stored, isr: [1, 4] })).toEqual({ kind: 'fenced' });
    expect(isValidLeaderIsr(1, [1, 2], [1, 2, 3])).toBe(true);
  });
});
