/**
 * SCRAM (RFC 5802, RFC 7677) arithmetic shared by the client (which proves a password), the broker
 * (which checks the proof and signs its answer) and the tools that create credentials. A credential
 * is what the server keeps instead of the password: the salt, the iteration count, StoredKey =
 * H(HMAC(SaltedPassword, "Client Key")) and ServerKey = HMAC(SaltedPassword, "Server Key").
 * Kafka keeps it in ZooKeeper (`/config/users/<user>`) as
 * `salt=<b64>,stored_key=<b64>,server_key=<b64>,iterations=<n>` under the mechanism's name.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export const scramMechanisms = ['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;
export type ScramMechanism = (typeof scramMechanisms)[number];

interface MechanismParams {
  hash: 'sha256' | 'sha512';
  keyBytes: number;
}

const params: Readonly<Record<ScramMechanism, MechanismParams>> = {
  'SCRAM-SHA-256': { hash: 'sha256', keyBytes: 32 },
  'SCRAM-SHA-512': { hash: 'sha512', keyBytes: 64 },
};

/** Kafka's bounds on the iteration count (ScramMechanism.minIterations / maxIterations). */
export const scramIterationsMin = 4096;
export const scramIterationsMax = 16384;
export const scramIterationsDefault = 4096;
/** Bytes of salt a new credential gets. */
export const scramSaltBytes = 32;

export interface ScramCredential {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
  iterations: number;
}

export function isScramMechanism(name: string): name is ScramMechanism {
  return (scramMechanisms as readonly string[]).includes(name);
}

/** Hi(password, salt, i) of RFC 5802: PBKDF2 with the mechanism's HMAC. Synchronous: a few ms at 4096 iterations. */
export function saltedPassword(mechanism: ScramMechanism, password: string, salt: Buffer, iterations: number): Buffer {
  const p = params[mechanism];
  return pbkdf2Sync(Buffer.from(password.normalize('NFKC'), 'utf8'), salt, iterations, p.keyBytes, p.hash);
}

export function hmac(mechanism: ScramMechanism, key: Buffer, data: Buffer | string): Buffer {
  return createHmac(params[mechanism].hash, key).update(data).digest();
}

export function hash(mechanism: ScramMechanism, data: Buffer): Buffer {
  return createHash(params[mechanism].hash).update(data).digest();
}

export function clientKey(mechanism: ScramMechanism, salted: Buffer): Buffer {
  return hmac(mechanism, salted, 'Client Key');
}

/** The credential a server stores for a salted password. */
export function credentialFromSaltedPassword(mechanism: ScramMechanism, salted: Buffer, salt: Buffer, iterations: number): ScramCredential {
  return {
    salt,
    storedKey: hash(mechanism, clientKey(mechanism, salted)),
    serverKey: hmac(mechanism, salted, 'Server Key'),
    iterations,
  };
}

/** A new credential for `password` with a random salt. */
export function newCredential(mechanism: ScramMechanism, password: string, iterations = scramIterationsDefault): ScramCredential {
  const salt = randomBytes(scramSaltBytes);
  return credentialFromSaltedPassword(mechanism, saltedPassword(mechanism, password, salt, iterations), salt, iterations);
}

export function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.allocUnsafe(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ (b[i] ?? 0);
  return out;
}

/** Constant-time comparison of equal-length secrets (false for different lengths). */
export function secretsEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether `password` is the one `credential` was made from (HTTP basic authentication against SCRAM users). */
export function passwordMatches(mechanism: ScramMechanism, credential: ScramCredential, password: string): boolean {
  const salted = saltedPassword(mechanism, password, credential.salt, credential.iterations);
  return secretsEqual(hash(mechanism, clientKey(mechanism, salted)), credential.storedKey);
}

/** Kafka's ZooKeeper form: `salt=<b64>,stored_key=<b64>,server_key=<b64>,iterations=<n>`. */
export function formatCredential(c: ScramCredential): string {
  return `salt=${c.salt.toString('base64')},stored_key=${c.storedKey.toString('base64')},server_key=${c.serverKey.toString('base64')},iterations=${c.iterations}`;
}

/** Parses Kafka's ZooKeeper form; throws RangeError naming what is missing or malformed. */
export function parseCredential(text: string): ScramCredential {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new RangeError(`SCRAM credential field "${part}" is not key=value`);
    fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const need = (key: string): string => {
    const v = fields.get(key);
    if (v === undefined || v === '') throw new RangeError(`SCRAM credential has no ${key}`);
    return v;
  };
  const iterations = Number(need('iterations'));
  if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError(`SCRAM credential iterations "${fields.get('iterations')}" is not a positive integer`);
  return {
    salt: Buffer.from(need('salt'), 'base64'),
    storedKey: Buffer.from(need('stored_key'), 'base64'),
    serverKey: Buffer.from(need('server_key'), 'base64'),
    iterations,
  };
}
