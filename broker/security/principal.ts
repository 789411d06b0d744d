/**
 * Kafka's KafkaPrincipal: `type:name`, where the type is `User` for every principal the built-in
 * authenticators produce (SASL user names, TLS distinguished names after
 * `ssl.principal.mapping.rules`, ANONYMOUS on PLAINTEXT listeners). ACLs, `super.users` and
 * the admin API all name principals in this form.
 */

export interface KafkaPrincipal {
  readonly principalType: string;
  readonly name: string;
}

export const userType = 'User';

/** The principal of an unauthenticated connection (Kafka's KafkaPrincipal.ANONYMOUS). */
export const anonymousPrincipal: KafkaPrincipal = Object.freeze({ principalType: userType, name: 'ANONYMOUS' });

export function userPrincipal(name: string): KafkaPrincipal {
  return { principalType: userType, name };
}

/** `User:alice`. */
export function formatPrincipal(p: KafkaPrincipal): string {
  return `${p.principalType}:${p.name}`;
}

/**
 * Parses `Type:name` (the name may contain colons, as distinguished names do not but SASL names
 * may); throws RangeError for text without a type or a name.
 */
export function parsePrincipal(text: string): KafkaPrincipal {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) throw new RangeError(`"${text}" is not a principal of the form Type:name (User:alice)`);
  return { principalType: text.slice(0, colon), name: text.slice(colon + 1) };
}

export function samePrincipal(a: KafkaPrincipal, b: KafkaPrincipal): boolean {
  return a.principalType === b.principalType && a.name === b.name;
}
