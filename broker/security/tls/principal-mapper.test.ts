/** ssl.principal.mapping.rules as Kafka's SslPrincipalMapper applies them (KIP-371). */
import { PrincipalMapper } from './principal-mapper';

describe('ssl.principal.mapping.rules', () => {
  const rules = 'RULE:^CN=(.*?),OU=ServiceUsers.*$/$1/, RULE:^CN=(.*?),OU=(.*?),O=(.*?),L=(.*?),ST=(.*?),C=(.*?)$/$1@$2/L,'
    + 'RULE:^.*[Cc][Nn]=([a-zA-Z0-9.]*).*$/$1/U, DEFAULT';

  it.each([
    ['CN=kafka-server1,OU=ServiceUsers,O=Org,C=US', 'kafka-server1'],
    ['CN=Duke,OU=JavaSoft,O=Sun Microsystems,L=Santa Clara,ST=CA,C=US', 'duke@javasoft'],
    ['CN=Duke,OU=JavaSoft,O=Sun Microsystems,C=US', 'DUKE'],
    ['OU=JavaSoft,O=Sun Microsystems,C=US', 'OU=JavaSoft,O=Sun Microsystems,C=US'],
  ])('maps %s to %s (first matching rule wins, DEFAULT keeps the DN)', (dn, name) => {
    expect(PrincipalMapper.fromRules(rules).principalName(dn)).toBe(name);
  });

  it('DEFAULT alone (and empty) keeps the DN', () => {
    expect(PrincipalMapper.fromRules('DEFAULT').principalName('CN=a,O=b')).toBe('CN=a,O=b');
    expect(PrincipalMapper.fromRules('').principalName('CN=a,O=b')).toBe('CN=a,O=b');
  });

  it('matches the whole DN only, and has no answer when no rule matches', () => {
    const mapper = PrincipalMapper.fromRules('RULE:CN=([^,]+)/$1/');
    expect(mapper.principalName('CN=alice')).toBe('alice');
    expect(mapper.principalName('CN=alice,OU=x')).toBeUndefined();
  });

  it('allows escaped slashes in patterns and replacements', () => {
    expect(PrincipalMapper.fromRules('RULE:^CN=([^,]+),OU=a\\/b$/$1\\/x/').principalName('CN=alice,OU=a/b')).toBe('alice/x');
  });

  it.each(['RULE:', 'RULE:a', 'RULE:a/b', 'RULE:a/b/LU', 'DEFAULT junk', 'RULE:a(/b/', 'NOTARULE'])('refuses %s', (text) => {
    expect(() => PrincipalMapper.fromRules(text)).toThrow(RangeError);
  });
});
