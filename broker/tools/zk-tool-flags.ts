/** The flags of every ZooKeeper tool (zk-tool-connection.ts); spread them into the command's flags. */

import type { CommandSpec } from '../../client/cli/args';
import { zkAuthDigestEnv } from '../../zk/zk-auth';

export const zkToolFlags: CommandSpec['flags'] = {
  zookeeper: { kind: 'string', valueName: 'host:port[/chroot]', description: 'ZooKeeper connection string of the cluster' },
  'zk-auth-digest': {
    kind: 'string', valueName: 'user:password',
    description: `ZooKeeper digest credentials (default: $${zkAuthDigestEnv}, which keeps them out of the process list)`,
  },
};

