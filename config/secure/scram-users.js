// Stores SCRAM-SHA-512 credentials in ZooKeeper (/config/users/<user>, as Kafka keeps them) for the
// secured compose cluster, before any broker starts, through the image's own ZooKeeper store:
//   node /secure/scram-users.js admin=<password> broker=<password>
// ZooKeeper from $ZK, digest credentials from $SAMSA_ZOOKEEPER_AUTH_DIGEST (znodes created secured).
// Stands in for `samsa configs --zookeeper ... --entity-type users --add-config` until the image has it.
'use strict';
const pino = require('/app/node_modules/pino');
const { ZooKeeperClient } = require('/app/dist/zk/zookeeper-client');
const { zkToolSecurity } = require('/app/dist/zk/zk-auth');
const { UserScramCredentialStore } = require('/app/dist/zk/admin/user-scram-credentials');
const { newCredential } = require('/app/dist/proto/scram');

const mechanism = 'SCRAM-SHA-512';
const iterations = 8192;

async function main() {
  const users = process.argv.slice(2).map((arg) => {
    const eq = arg.indexOf('=');
    if (eq <= 0 || eq === arg.length - 1) throw new Error(`expected user=password, got "${arg.slice(0, Math.max(eq, 0))}..."`);
    return { user: arg.slice(0, eq), password: arg.slice(eq + 1) };
  });
  const zk = await ZooKeeperClient.connect({
    connect: process.env.ZK, sessionTimeoutMs: 30000, connectionTimeoutMs: 15000,
    logger: pino({ level: 'warn' }), security: zkToolSecurity(undefined, process.env),
  });
  try {
    const store = new UserScramCredentialStore(zk);
    await store.ensurePaths();
    for (const { user, password } of users) {
      await store.alter(user, [{ mechanism, credential: newCredential(mechanism, password, iterations) }], []);
      process.stdout.write(`Completed updating config for user ${user}.\n`);
    }
  } finally {
    await zk.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
