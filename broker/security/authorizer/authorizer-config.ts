/**
 * The authorizer's three keys, as Kafka 2.x reads them: `authorizer.class.name` (empty: no
 * authorizer), `super.users` (semicolon-separated principals, KafkaPrincipal form) and
 * `allow.everyone.if.no.acl.found`. Both class names Kafka 2.x ships for ZooKeeper ACLs select
 * the ACL authorizer; any other class is a configuration error, since no plugin can be loaded.
 */
import { BrokerConfigError } from '../../config/properties';
import { parsePrincipal, type KafkaPrincipal } from '../principal';

export const aclAuthorizerClassNames: readonly string[] = [
  'kafka.security.authorizer.AclAuthorizer',
  'kafka.security.auth.SimpleAclAuthorizer',
];

export interface AuthorizerConfig {
  /** True when authorizer.class.name names the ACL authorizer. */
  aclAuthorizer: boolean;
  superUsers: KafkaPrincipal[];
  allowEveryoneIfNoAclFound: boolean;
}

export function parseAuthorizerConfig(className: string, superUsers: string, allowEveryoneIfNoAclFound: boolean): AuthorizerConfig {
  const name = className.trim();
  if (name !== '' && !aclAuthorizerClassNames.includes(name)) {
    throw new BrokerConfigError('authorizer.class.name', `"${name}" is not an authorizer this broker has (use ${aclAuthorizerClassNames.join(' or ')}, or leave it empty)`);
  }
  return { aclAuthorizer: name !== '', superUsers: parseSuperUsers(superUsers), allowEveryoneIfNoAclFound };
}

/** `User:a;User:b` (Kafka splits on ';' and trims each principal). */
export function parseSuperUsers(text: string): KafkaPrincipal[] {
  const principals: KafkaPrincipal[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    try {
      principals.push(parsePrincipal(trimmed));
    } catch (err) {
      throw new BrokerConfigError('super.users', (err as Error).message);
    }
  }
  return principals;
}

