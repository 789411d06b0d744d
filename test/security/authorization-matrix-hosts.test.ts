/**
 * The authorization matrix on a real broker with Kafka's AclAuthorizer and ACLs in ZooKeeper in
 * Kafka's format: for each principal, API and resource the expected outcome; every refusal has
 * Kafka's code and changes nothing (log end offsets, committed offsets, group members, topics),
 * every allowed request succeeds. The totals are printed.
 *
 * Principals, hosts and ACLs: matrix-cluster.ts.
 */
import type { TestCluster } from '../fixtures/cluster';
import { formatTotals, matrixCells, runMatrix } from './matrix-cells';
import { hosts, principals, startMatrixCluster } from './matrix-cluster';
import { RawConnection } from './raw-connection';

describe('authorization matrix by ACL host (AclAuthorizer, real broker)', () => {
  let cluster: TestCluster;
  let port: number;
  let superConn: RawConnection;

  beforeAll(async () => {
    cluster = await startMatrixCluster('authz-matrix');
    port = cluster.brokers[0]!.port;
    superConn = await RawConnection.open(port, hosts.super);
  }, 120_000);

  afterAll(async () => {
    superConn?.close();
    await cluster?.stop();
  });

  it('answers every principal x API x resource cell as Kafka does, and a refused request changes nothing', async () => {
    const { totals, mismatches } = await runMatrix(principals, (principal) => RawConnection.open(port, hosts[principal]), matrixCells(superConn));
    process.stdout.write(`authorization matrix: ${formatTotals(totals)}\n`);
    expect(mismatches).toEqual([]);
    expect(totals.cells).toBeGreaterThan(100);
  }, 180_000);
});
