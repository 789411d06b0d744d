import { BrokerConfigError, parseBrokerConfig } from '../../config';

const required = { 'broker.id': '1', 'zookeeper.connect': '127.0.0.1:2181' };

describe('authorizer configuration keys', () => {
  it('has no authorizer by default, denies when no ACL is found, and no super users', () => {
    expect(parseBrokerConfig(required).authorizer).toEqual({ aclAuthorizer: false, superUsers: [], allowEveryoneIfNoAclFound: false });
  });

  it.each(['kafka.security.authorizer.AclAuthorizer', 'kafka.security.auth.SimpleAclAuthorizer'])('accepts %s as the ACL authorizer', (className) => {
    const c = parseBrokerConfig({
      ...required, 'authorizer.class.name': className, 'super.users': 'User:admin; User:CN=broker,O=x ;',
      'allow.everyone.if.no.acl.found': 'true',
    });
    expect(c.authorizer).toEqual({
      aclAuthorizer: true, allowEveryoneIfNoAclFound: true,
      superUsers: [{ principalType: 'User', name: 'admin' }, { principalType: 'User', name: 'CN=broker,O=x' }],
    });
  });

  it.each([
    ['authorizer.class.name', 'com.example.MyAuthorizer'],
    ['super.users', 'admin'],
    ['allow.everyone.if.no.acl.found', 'yes'],
  ])('refuses %s=%s naming the key', (key, value) => {
    let error: unknown;
    try {
      parseBrokerConfig({ ...required, [key]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BrokerConfigError);
    expect((error as BrokerConfigError).key).toBe(key);
  });
});
