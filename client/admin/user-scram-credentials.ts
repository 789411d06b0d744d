/**
 * SCRAM user administration (KIP-554, Kafka's Admin describeUserScramCredentials /
 * alterUserScramCredentials). The password never leaves the client: it picks a random salt and
 * sends the salted password Hi(password, salt, iterations); the broker derives the stored keys.
 * Any broker answers, since the credentials live in ZooKeeper.
 */
import { ApiKey } from '../../proto/api';
import { ErrorCode, errorName } from '../../proto/errors';
import { type samsa } from '../../proto/generated/samsa';
import { randomBytes } from 'node:crypto';
import {
  saltedPassword, scramIterationsDefault, scramSaltBytes, type ScramMechanism,
} from '../../proto/scram';
import { ScramMechanismCode, scramMechanismOfCode } from '../../proto/scram-mechanism-code';
import { type Cluster } from '../cluster/cluster';
import { SamsaError, protocolError } from '../errors';

export interface ScramCredentialInfo { mechanism: ScramMechanism; iterations: number }
export interface UserScramCredentialsDescription { user: string; credentialInfos: ScramCredentialInfo[] }

export interface UserScramCredentialUpsertion {
  user: string;
  mechanism: ScramMechanism;
  password: string;
  /** 4096..16384; Kafka's default 4096. */
  iterations?: number;
}

export interface UserScramCredentialDeletion { user: string; mechanism: ScramMechanism }

/** The salt and salted password the client sends for an upsertion (exported for tools that write ZooKeeper directly). */
export function saltUpsertion(u: UserScramCredentialUpsertion): { iterations: number; salt: Buffer; saltedPassword: Buffer } {
  const iterations = u.iterations ?? scramIterationsDefault;
  const salt = randomBytes(scramSaltBytes);
  return { iterations, salt, saltedPassword: saltedPassword(u.mechanism, u.password, salt, iterations) };
}

/**
 * The credentials of `users` (every user with one when omitted). As Kafka's `all()`, fails when
 * any named user fails: RESOURCE_NOT_FOUND (91) for a user without credentials.
 */
export async function describeUserScramCredentials(cluster: Cluster, users?: string[]): Promise<UserScramCredentialsDescription[]> {
  const request: samsa.v1.IDescribeUserScramCredentialsRequest = { users: users ?? [] };
  const response = await cluster.retry(() => cluster.sendToAny<samsa.v1.IDescribeUserScramCredentialsResponse>(ApiKey.DescribeUserScramCredentials, request));
  const code = response.errorCode ?? 0;
  if (code !== ErrorCode.NONE) throw protocolError(code, response.errorMessage || `DescribeUserScramCredentials: ${errorName(code)}`);
  return (response.results ?? []).map((r) => {
    const userCode = r.errorCode ?? 0;
    if (userCode !== ErrorCode.NONE) throw protocolError(userCode, r.errorMessage || `${errorName(userCode)}: user ${r.user ?? ''}`);
    return {
      user: r.user ?? '',
      credentialInfos: (r.credentialInfos ?? []).flatMap((c) => {
        const mechanism = scramMechanismOfCode(c.mechanism ?? 0);
        return mechanism ? [{ mechanism, iterations: c.iterations ?? 0 }] : [];
      }),
    };
  });
}

/** Upserts and deletes credentials; throws naming every user whose changes were refused (their changes did not apply). */
export async function alterUserScramCredentials(
  cluster: Cluster, changes: { upsertions?: UserScramCredentialUpsertion[]; deletions?: UserScramCredentialDeletion[] },
): Promise<void> {
  const upsertions = changes.upsertions ?? [];
  const deletions = changes.deletions ?? [];
  if (upsertions.length + deletions.length === 0) throw new SamsaError('alterUserScramCredentials needs at least one upsertion or deletion');
  const request: samsa.v1.IAlterUserScramCredentialsRequest = {
    deletions: deletions.map((d) => ({ name: d.user, mechanism: ScramMechanismCode[d.mechanism] ?? 0 })),
    upsertions: upsertions.map((u) => ({ name: u.user, mechanism: ScramMechanismCode[u.mechanism] ?? 0, ...saltUpsertion(u) })),
  };
  const response = await cluster.retry(() => cluster.sendToAny<samsa.v1.IAlterUserScramCredentialsResponse>(ApiKey.AlterUserScramCredentials, request));
  const failed = (response.results ?? []).filter((r) => (r.errorCode ?? 0) !== ErrorCode.NONE);
  if (failed.length === 0) return;
  const message = failed.map((r) => `user '${r.user ?? ''}': ${errorName(r.errorCode ?? 0)}${r.errorMessage ? ` (${r.errorMessage})` : ''}`).join('; ');
  throw protocolError(failed[0]!.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR, message);
}
