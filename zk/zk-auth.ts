/**
 * How brokers and tools authenticate to ZooKeeper: ZooKeeper's digest scheme
 * (`DigestAuthenticationProvider`), whose credentials are `user:password`. The server derives
 * the session's identity `digest:user:base64(sha1(user:password))` from them and never checks
 * a password itself: a wrong password is simply another identity, which the ACLs of znodes
 * created under the right one refuse (NoAuth).
 *
 * The credentials are a secret, so besides the broker key `zookeeper.auth.digest` they are read
 * from the environment variable SAMSA_ZOOKEEPER_AUTH_DIGEST (the broker's own environment
 * convention for that key), which the ZooKeeper tools read too. As Kafka's tools decide with
 * `JaasUtils.isZkSaslEnabled()`, a tool that authenticates creates znodes with secure ACLs.
 */

import { createHash } from 'node:crypto';
import { SamsaError } from '../proto/errors';

/** The environment variable holding `user:password` for brokers and ZooKeeper tools. */
export const zkAuthDigestEnv = 'SAMSA_ZOOKEEPER_AUTH_DIGEST';

/** How one ZooKeeper session authenticates and which ACLs its creates carry. */
export interface ZkSecurity {
  /** Digest credentials `user:password`; undefined: unauthenticated (world). */
  authDigest?: string;
  /** Create znodes with Kafka's secure ACLs (zk-acls.ts) rather than open ones. */
  setAcl: boolean;
}

export class ZkAuthConfigError extends SamsaError {}

/** The problem with `user:password` digest credentials, or undefined when they are well formed. */
export function digestCredentialsProblem(text: string): string | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return 'must be user:password with a non-empty user';
  if (colon === text.length - 1) return 'must be user:password with a non-empty password';
  return undefined;
}

/**
 * The ZooKeeper identity digest credentials authenticate as, `user:base64(sha1(user:password))`
 * (DigestAuthenticationProvider.generateDigest): what `getACL` shows and what a ZooKeeper
 * `superDigest` or a hand-written ACL names.
 */
export function digestId(credentials: string): string {
  const user = credentials.slice(0, credentials.indexOf(':'));
  return `${user}:${createHash('sha1').update(credentials, 'utf8').digest('base64')}`;
}

/**
 * The security of a ZooKeeper tool session: the credentials given on its command line, else the
 * environment's; secure ACLs when authenticated.
 */
export function zkToolSecurity(flagValue: string | undefined, env: Readonly<Record<string, string | undefined>>): ZkSecurity {
  const authDigest = flagValue ?? (env[zkAuthDigestEnv] === '' ? undefined : env[zkAuthDigestEnv]);
  if (authDigest === undefined) return { setAcl: false };
  const problem = digestCredentialsProblem(authDigest);
  if (problem !== undefined) throw new ZkAuthConfigError(`ZooKeeper digest credentials ${problem}`);
  return { authDigest, setAcl: true };
}
