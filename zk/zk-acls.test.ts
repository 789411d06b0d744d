import { creatorAllAcl, defaultAcls, isSensitivePath, openAcl, readAclUnsafe } from './zk-acls';
import { digestId, zkToolSecurity } from './zk-auth';

describe("Kafka's default znode ACLs (ZkData.defaultAcls)", () => {
  it('are open to everyone without zookeeper.set.acl', () => {
    expect(defaultAcls(false, '/brokers/ids/1')).toEqual(openAcl);
    expect(defaultAcls(false, '/config/users/alice')).toEqual(openAcl);
  });

  it('give the creator everything and everyone else read with zookeeper.set.acl', () => {
    for (const path of ['/brokers/ids/1', '/controller', '/brokers/topics/t', '/config/topics/t', '/config/changes/config_change_0000000000', '/kafka-acl/Topic/t']) {
      expect(defaultAcls(true, path)).toEqual([...creatorAllAcl, ...readAclUnsafe]);
    }
  });

  it('hide SCRAM credentials, broker configs and delegation tokens from everyone but the creator', () => {
    for (const path of ['/config/users', '/config/users/alice', '/config/brokers/1', '/delegation_token/tokens/t1']) {
      expect(isSensitivePath(path)).toBe(true);
      expect(defaultAcls(true, path)).toEqual(creatorAllAcl);
    }
    expect(isSensitivePath('/config/usersx')).toBe(false);
    expect(isSensitivePath('/config')).toBe(false);
  });

  it("leave the old consumers' /consumers open, as Kafka", () => {
    expect(defaultAcls(true, '/consumers')).toEqual(openAcl);
  });
});

describe('ZooKeeper digest credentials', () => {
  it("derive ZooKeeper's digest identity (DigestAuthenticationProvider.generateDigest)", () => {
    // zkCli.sh: DigestAuthenticationProvider.generateDigest("super:test") = super:D/InIHSb7yEEbrWz8b9l71RjZJU=
    expect(digestId('super:test')).toBe('super:D/InIHSb7yEEbrWz8b9l71RjZJU=');
  });

  it('come from the tool flag first, then the environment, and make the tool create secure znodes', () => {
    expect(zkToolSecurity(undefined, {})).toEqual({ setAcl: false });
    expect(zkToolSecurity(undefined, { SAMSA_ZOOKEEPER_AUTH_DIGEST: 'admin:x' })).toEqual({ authDigest: 'admin:x', setAcl: true });
    expect(zkToolSecurity('tool:y', { SAMSA_ZOOKEEPER_AUTH_DIGEST: 'admin:x' })).toEqual({ authDigest: 'tool:y', setAcl: true });
    expect(() => zkToolSecurity('nopassword', {})).toThrow(/user:password/);
  });
});
