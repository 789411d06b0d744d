/**
 * Kafka's validation of AlterUserScramCredentials (KIP-554, ZkAdminManager.alterUserScramCredentials),
 * as a pure function: the request becomes one outcome per user named in it, either an error (and
 * none of that user's changes apply) or the credentials to write and the mechanisms to delete.
 * Whether a deleted credential exists needs ZooKeeper, so it is checked by the caller.
 */
import { isStorableEntityName } from '../../zk/paths';
import { ErrorCode } from '../../proto/errors';
import {
  credentialFromSaltedPassword, scramIterationsMax, scramIterationsMin, type ScramCredential, type ScramMechanism,
} from '../../proto/scram';
import { scramMechanismOfCode, type AlterUserScramCredentialsRequest } from '../api/users';

export interface UserScramError { errorCode: number; errorMessage: string }

export interface UserScramAlteration {
  user: string;
  error?: UserScramError;
  upsertions: Array<{ mechanism: ScramMechanism; credential: ScramCredential }>;
  deletions: ScramMechanism[];
}

interface Change { name: string; mechanism: number; upsertion?: { iterations: number; salt: Buffer; saltedPassword: Buffer } }

function changeError(change: Change, mechanism: ScramMechanism | undefined): UserScramError | undefined {
  if (change.name === '') return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: 'Username must not be empty' };
  if (!isStorableEntityName(change.name)) return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: `Username '${change.name}' cannot be stored` };
  if (mechanism === undefined) return { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, errorMessage: `Unknown SCRAM mechanism ${change.mechanism}` };
  const u = change.upsertion;
  if (u === undefined) return undefined;
  if (u.iterations < scramIterationsMin) return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: `Too few iterations: ${u.iterations} < ${scramIterationsMin}` };
  if (u.iterations > scramIterationsMax) return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: `Too many iterations: ${u.iterations} > ${scramIterationsMax}` };
  if (u.salt.length === 0) return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: 'Salt must not be empty' };
  if (u.saltedPassword.length === 0) return { errorCode: ErrorCode.UNACCEPTABLE_CREDENTIAL, errorMessage: 'Salted password must not be empty' };
  return undefined;
}

/** One outcome per distinct user, in the order users first appear (deletions, then upsertions, as Kafka lists them). */
export function planScramAlterations(request: AlterUserScramCredentialsRequest): UserScramAlteration[] {
  const changes: Change[] = [
    ...request.deletions.map((d) => ({ name: d.name, mechanism: d.mechanism })),
    ...request.upsertions.map((u) => ({ name: u.name, mechanism: u.mechanism, upsertion: u })),
  ];
  const byUser = new Map<string, UserScramAlteration>();
  const seenPairs = new Set<string>();
  for (const change of changes) {
    let plan = byUser.get(change.name);
    if (!plan) byUser.set(change.name, plan = { user: change.name, upsertions: [], deletions: [] });
    if (plan.error) continue;
    const mechanism = scramMechanismOfCode(change.mechanism);
    const pair = `${change.mechanism}\u0000${change.name}`;
    // The same credential altered twice in one request is ambiguous (Kafka: DUPLICATE_RESOURCE for the user).
    const error = changeError(change, mechanism) ?? (seenPairs.has(pair)
      ? { errorCode: ErrorCode.DUPLICATE_RESOURCE, errorMessage: 'A user credential cannot be altered twice in the same request' }
      : undefined);
    seenPairs.add(pair);
    if (error) {
      plan.error = error;
      continue;
    }
    const u = change.upsertion;
    if (u) plan.upsertions.push({ mechanism: mechanism!, credential: credentialFromSaltedPassword(mechanism!, u.saltedPassword, u.salt, u.iterations) });
    else plan.deletions.push(mechanism!);
  }
  return [...byUser.values()];
}
