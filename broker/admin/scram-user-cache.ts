/**
 * HTTP basic authentication against the SCRAM users in ZooKeeper. The credentials come from the
 * broker's one CredentialCache (the SASL listeners' too, following /config/changes); deriving
 * PBKDF2 on every admin request would still cost milliseconds of CPU, so successful password
 * checks are cached as well, bounded in entries and age, keyed by an HMAC under a per-process
 * random key (the cache never holds a password), and dropped whenever the credential cache drops
 * anything, so a changed password or deleted user stops working as soon as the broker hears of it
 * and within `adminCredentialCacheTtlMs` in any case.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { passwordMatches, type ScramCredential, type ScramMechanism } from '../../proto/scram';

export const adminCredentialCacheEntriesMax = 1_000;
export const adminCredentialCacheTtlMs = 30_000;
/** Checked strongest first; a user may have either or both. */
const mechanismsByPreference: readonly ScramMechanism[] = ['SCRAM-SHA-512', 'SCRAM-SHA-256'];

/** What the checker needs of the broker's credential cache (broker/security/sasl/credential-cache.ts). */
export interface ScramCredentialSource {
  lookup(mechanism: ScramMechanism, username: string): Promise<ScramCredential | undefined>;
  onChange(listener: () => void): void;
}

export class ScramUserCache {
  /** Proof of a checked user and password -> when the check stops counting. */
  private readonly verified = new Map<string, number>();
  private readonly verifierKey = randomBytes(32);

  constructor(private readonly source: ScramCredentialSource, private readonly nowMs: () => number = Date.now) {
    source.onChange(() => this.verified.clear());
  }

  /** Whether `password` is `user`'s, under any of the user's SCRAM credentials. */
  async passwordMatches(user: string, password: string): Promise<boolean> {
    const proof = createHmac('sha256', this.verifierKey).update(user).update('\u0000').update(password).digest('base64');
    const until = this.verified.get(proof);
    if (until !== undefined && until > this.nowMs()) return true;
    this.verified.delete(proof);
    for (const mechanism of mechanismsByPreference) {
      const credential = await this.source.lookup(mechanism, user);
      if (credential !== undefined && passwordMatches(mechanism, credential, password)) {
        if (this.verified.size >= adminCredentialCacheEntriesMax) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(proof, this.nowMs() + adminCredentialCacheTtlMs);
        return true;
      }
    }
    return false;
  }
}
