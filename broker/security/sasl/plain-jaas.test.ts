/** PLAIN (RFC 4616) against JAAS user_ entries, and Kafka's sasl.jaas.config syntax. */
import { loginCredentials, parseJaasConfig, plainUsers } from '../../../proto/jaas-config';
import { PlainServer } from './plain-server';

const users = new Map([['alice', 'alice-secret'], ['bob', 'b']]);
const message = (authzid: string, user: string, password: string) => Buffer.from(`${authzid}\u0000${user}\u0000${password}`);

describe('PLAIN', () => {
  it('authenticates a JAAS user, with an empty or equal authorization id', async () => {
    expect((await new PlainServer(users).evaluate(message('', 'alice', 'alice-secret'))).authenticatedUser).toBe('alice');
    expect((await new PlainServer(users).evaluate(message('alice', 'alice', 'alice-secret'))).authenticatedUser).toBe('alice');
  });

  it.each([
    ['a wrong password', message('', 'alice', 'nope'), /wrong password/],
    ['an unknown user', message('', 'mallory', 'x'), /unknown user/],
    ['another authorization id', message('bob', 'alice', 'alice-secret'), /authorization id/],
    ['no user name', message('', '', 'x'), /username not specified/],
    ['no password', message('', 'alice', ''), /password not specified/],
    ['a message without two NULs', Buffer.from('alice\u0000alice-secret'), /NUL/],
  ])('refuses %s', async (_label, token, reason) => {
    await expect(new PlainServer(users).evaluate(token)).rejects.toThrow(reason);
  });

  it('takes exactly one message', async () => {
    const server = new PlainServer(users);
    await server.evaluate(message('', 'alice', 'alice-secret'));
    await expect(server.evaluate(message('', 'alice', 'alice-secret'))).rejects.toThrow(/exactly one/);
  });
});

describe('sasl.jaas.config', () => {
  it('parses a login module line with quoted and bare options', () => {
    const jaas = parseJaasConfig('org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="a \\"quoted\\" ;secret" user_alice="alice-secret" debug=true;');
    expect(jaas.loginModule).toBe('org.apache.kafka.common.security.plain.PlainLoginModule');
    expect(jaas.controlFlag).toBe('required');
    expect(loginCredentials(jaas)).toEqual({ username: 'admin', password: 'a "quoted" ;secret' });
    expect([...plainUsers(jaas)]).toEqual([['alice', 'alice-secret']]);
    expect(jaas.options.get('debug')).toBe('true');
  });

  it.each([
    ['no control flag', 'org.Module;', /control flag/],
    ['an unknown control flag', 'org.Module maybe;', /not one of/],
    ['no terminating ;', 'org.Module required username="a"', /does not end/],
    ['an unterminated quote', 'org.Module required password="abc;', /unterminated/],
    ['two modules', 'org.A required; org.B required;', /exactly one/],
    ['a repeated option', 'org.A required a="1" a="2";', /more than once/],
  ])('refuses %s without echoing option values', (_label, text, reason) => {
    expect(() => parseJaasConfig(text)).toThrow(reason);
    try {
      parseJaasConfig(text);
    } catch (err) {
      expect((err as Error).message).not.toMatch(/abc|"1"|"2"/);
    }
  });
});
