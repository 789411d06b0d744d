/**
 * Kafka's `ssl.principal.mapping.rules` (KIP-371, SslPrincipalMapper): a comma-separated list of
 * `RULE:pattern/replacement/[LU]` entries and `DEFAULT`, tried in order against the client
 * certificate's distinguished name (RFC 2253 form, as Java's X500Principal.getName() prints it).
 * The first rule whose pattern matches the whole DN gives the principal name (replacement with
 * $1.. group references, optionally lower- or upper-cased); DEFAULT gives the DN unchanged. A DN no
 * rule matches cannot authenticate (Kafka's NoMatchingRule).
 */

import { X509Certificate } from 'node:crypto';

interface Rule {
  isDefault: boolean;
  pattern?: RegExp;
  replacement?: string;
  toLowerCase?: boolean;
  toUpperCase?: boolean;
}

// The shape of one rule (SslPrincipalMapper.RULE_PATTERN) followed by a separator.
const ruleAt = /\s*(?:(DEFAULT)|RULE:((?:\\.|[^\\/])*)\/((?:\\.|[^\\/])*)\/([LU]?))\s*(?:,\s*|$)/y;

export class PrincipalMapper {
  private constructor(private readonly rules: readonly Rule[]) {}

  /** Parses the rules; throws RangeError for text that is not a rule list. */
  static fromRules(text: string): PrincipalMapper {
    const source = text.trim() === '' ? 'DEFAULT' : text.trim();
    const rules: Rule[] = [];
    ruleAt.lastIndex = 0;
    while (ruleAt.lastIndex < source.length) {
      const start = ruleAt.lastIndex;
      const m = ruleAt.exec(source);
      if (m === null) throw new RangeError(`invalid rule at "${source.slice(start)}"`);
      if (m[1] !== undefined) {
        rules.push({ isDefault: true });
        continue;
      }
      let pattern: RegExp;
      try {
        pattern = new RegExp(`^(?:${m[2]!})$`);
      } catch (err) {
        throw new RangeError(`invalid pattern in rule "${m[0].trim()}": ${(err as Error).message}`);
      }
      rules.push({ isDefault: false, pattern, replacement: m[3]!.replace(/\\\//g, '/'), toLowerCase: m[4] === 'L', toUpperCase: m[4] === 'U' });
    }
    return new PrincipalMapper(rules);
  }

  /** The principal name for `dn`, or undefined when no rule matches. */
  principalName(dn: string): string | undefined {
    for (const rule of this.rules) {
      if (rule.isDefault) return dn;
      if (!rule.pattern!.test(dn)) continue;
      const result = dn.replace(rule.pattern!, rule.replacement!);
      if (rule.toLowerCase) return result.toLowerCase();
      if (rule.toUpperCase) return result.toUpperCase();
      return result;
    }
    return undefined;
  }
}

/**
 * A certificate's subject in RFC 2253 order (most specific RDN first: `CN=alice,OU=eng,O=Samsa`),
 * which is how Kafka names the principal of a TLS client. Node prints one RDN per line, values
 * already escaped as RFC 2253 asks, in certificate order (least specific first).
 */
export function distinguishedName(rawCertificate: Buffer): string {
  const subject = new X509Certificate(rawCertificate).subject;
  return subject.split('\n').filter((rdn) => rdn !== '').reverse().join(',');
}
