/**
 * `samsa configs --zookeeper`: kafka-configs.sh's ZooKeeper mode for users, as Kafka 2.x ships it
 * for creating the first SCRAM user (the admin the brokers themselves authenticate as) before any
 * broker runs. It salts the password itself and writes /config/users/<user> with the change
 * notification, exactly what a broker's AlterUserScramCredentials writes, under the same rules.
 */
import { type ConfigsOptions, printScramDescriptions } from '../../client/cli/configs';
import { type CliIo, write } from '../../client/cli/output';
import { saltUpsertion } from '../../client/admin/user-scram-credentials';
import { SamsaError } from '../../client/errors';
import { errorName } from '../../proto/errors';
import { ScramMechanismCode } from '../../proto/scram-mechanism-code';
import { UserScramCredentialStore } from '../../zk/admin/user-scram-credentials';
import { planScramAlterations } from '../security/scram-alterations';
import { withToolZk, type ToolZkOptions } from './zk-tool-connection';

async function describeUsers(store: UserScramCredentialStore, users: string[] | undefined, io: CliIo): Promise<void> {
  const names = users ?? await store.users();
  const descriptions = [];
  for (const user of names) {
    const credentials = await store.credentials(user);
    descriptions.push({ user, credentialInfos: [...(credentials ?? new Map()).entries()].map(([mechanism, c]) => ({ mechanism, iterations: c.iterations })) });
  }
  await printScramDescriptions(descriptions, io);
}

async function alterUser(store: UserScramCredentialStore, options: Extract<ConfigsOptions, { action: 'alter' }>, io: CliIo): Promise<void> {
  // The broker's validation (iterations bounds, duplicates), so both modes accept the same input.
  const [plan] = planScramAlterations({
    deletions: options.deletions.map((d) => ({ name: d.user, mechanism: ScramMechanismCode[d.mechanism] })),
    upsertions: options.upsertions.map((u) => ({ name: u.user, mechanism: ScramMechanismCode[u.mechanism], ...saltUpsertion(u) })),
  });
  if (!plan) throw new SamsaError('nothing to alter');
  if (plan.error) throw new SamsaError(`${errorName(plan.error.errorCode)}: ${plan.error.errorMessage}`);
  if (plan.deletions.length > 0) {
    const existing = await store.credentials(plan.user);
    const missing = plan.deletions.filter((m) => !existing?.has(m));
    if (missing.length > 0) throw new SamsaError(`RESOURCE_NOT_FOUND: user '${plan.user}' has no ${missing.join(', ')} credential to delete`);
  }
  await store.ensurePaths();
  await store.alter(plan.user, plan.upsertions, plan.deletions);
  await write(io.stdout, `Completed updating config for entity: user-principal '${plan.user}'.\n`);
}

export async function runConfigsZk(zk: ToolZkOptions, options: ConfigsOptions, io: CliIo): Promise<void> {
  // Topics and brokers go through a broker (configsOptions refuses --zookeeper for them).
  if ('entityType' in options) throw new SamsaError(`configs --entity-type ${options.entityType} goes through --bootstrap-server`);
  await withToolZk(zk, async (kzk) => {
    const store = new UserScramCredentialStore(kzk.zk);
    if (options.action === 'describe') await describeUsers(store, options.users, io);
    else await alterUser(store, options, io);
  });
}
