/**
 * The SCRAM server (broker) and client (client/network/sasl-client.ts) state machines against
 * each other and against hand-made messages: success for both mechanisms, the client checking
 * the server signature, and every malformed, replayed, reordered or foreign message refused.
 */
import pino from 'pino';
import { ErrorCode } from '../../../proto/errors';
import { type ScramCredential, type ScramMechanism, clientKey, hash, hmac, newCredential, saltedPassword, xor } from '../../../proto/scram';
import { authMessage, decodeSaslName, encodeSaslName, formatClientFinalWithoutProof, formatClientFirst, parseClientFirst } from '../../../proto/scram-messages';
import { type SaslTransport, saslAuthenticate } from '../../../client/network/sasl-client';
import type { ListenerSecurity } from '../../config/security';
import { SaslServerAuthenticator } from './server-authenticator';
import { ScramServer } from './scram-server';
import { SaslAuthenticationFailure } from './mechanism';

const listener: ListenerSecurity = {
  listenerName: 'SASL', securityProtocol: 'SASL_PLAINTEXT', ssl: undefined,
  sasl: { enabledMechanisms: ['SCRAM-SHA-256', 'SCRAM-SHA-512'], jaas: {} },
};

function store(users: Record<string, string>): (m: ScramMechanism, u: string) => Promise<ScramCredential | undefined> {
  const credentials = new Map<string, ScramCredential>();
  for (const [user, password] of Object.entries(users)) {
    for (const m of ['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const) credentials.set(`${m}/${user}`, newCredential(m, password));
  }
  return (m, u) => Promise.resolve(credentials.get(`${m}/${u}`));
}

function authenticator(lookup = store({ alice: 'alice-secret', 'we,ird=name': 'pw' })): { auth: SaslServerAuthenticator; principals: string[] } {
  const principals: string[] = [];
  const auth = new SaslServerAuthenticator({
    listener, credentials: lookup, failedAuthenticationDelayMs: 0, logger: pino({ level: 'silent' }),
    onAuthenticated: (p) => principals.push(`${p.principalType}:${p.name}`),
  });
  return { auth, principals };
}

/** The client talking to `auth` directly; `tamper` may rewrite what the server answers. */
function transport(auth: SaslServerAuthenticator, tamper: (challenge: Buffer, step: number) => Buffer = (c) => c): SaslTransport {
  let step = 0;
  return {
    handshake: (mechanism) => Promise.resolve(auth.handshake(mechanism)),
    authenticate: async (bytes) => {
      const r = await auth.authenticate(bytes);
      return { ...r, authBytes: tamper(r.authBytes, step++) };
    },
  };
}

describe('SCRAM', () => {
  it.each(['SCRAM-SHA-256', 'SCRAM-SHA-512'] as const)('%s: a client with the right password authenticates as User:<name>', async (mechanism) => {
    const { auth, principals } = authenticator();
    await saslAuthenticate(transport(auth), { mechanism, username: 'alice', password: 'alice-secret' });
    expect(auth.complete).toBe(true);
    expect(principals).toEqual(['User:alice']);
  });

  it('carries user names with , and = as saslname (=2C, =3D)', async () => {
    expect(encodeSaslName('we,ird=name')).toBe('we=2Cird=3Dname');
    expect(decodeSaslName('we=2Cird=3Dname')).toBe('we,ird=name');
    expect(() => decodeSaslName('bad=41')).toThrow(/2C or 3D/);
    const { auth, principals } = authenticator();
    await saslAuthenticate(transport(auth), { mechanism: 'SCRAM-SHA-256', username: 'we,ird=name', password: 'pw' });
    expect(principals).toEqual(['User:we,ird=name']);
  });

  it('refuses a wrong password with SASL_AUTHENTICATION_FAILED and the generic message', async () => {
    const { auth } = authenticator();
    await expect(saslAuthenticate(transport(auth), { mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'nope' }))
      .rejects.toThrow('Authentication failed: Invalid username or password');
    expect(auth.failed).toBe(true);
  });

  it('answers an unknown user with a server-first message (salt stable across attempts) and fails at the proof', async () => {
    const salts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const server = new ScramServer('SCRAM-SHA-256', store({}));
      const first = await server.evaluate(Buffer.from(formatClientFirst('ghost', `nonce${i}`)));
      salts.push(/,s=([^,]+),/.exec(first.challenge.toString())![1]!);
      const nonce = /^r=([^,]+),/.exec(first.challenge.toString())![1]!;
      await expect(server.evaluate(Buffer.from(`${formatClientFinalWithoutProof('n,,', nonce)},p=${Buffer.alloc(32).toString('base64')}`)))
        .rejects.toThrow(/unknown user/);
    }
    expect(salts[0]).toBe(salts[1]);
  });

  it('fails the connection when the server signature is wrong (a server that does not know the credential)', async () => {
    const { auth } = authenticator();
    const forged = (challenge: Buffer, step: number) => (step === 1 ? Buffer.from(`v=${Buffer.alloc(64, 1).toString('base64')}`) : challenge);
    await expect(saslAuthenticate(transport(auth, forged), { mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'alice-secret' }))
      .rejects.toThrow(/server signature is invalid/);
  });

  it('fails the client on a server nonce that does not extend its own', async () => {
    const { auth } = authenticator();
    const foreign = (challenge: Buffer, step: number) => (step === 0 ? Buffer.from(challenge.toString().replace(/^r=/, 'r=X')) : challenge);
    await expect(saslAuthenticate(transport(auth, foreign), { mechanism: 'SCRAM-SHA-256', username: 'alice', password: 'alice-secret' }))
      .rejects.toThrow(/nonce/);
  });

  async function afterFirst(mechanism: ScramMechanism = 'SCRAM-SHA-256'): Promise<{ server: ScramServer; first: string; nonce: string }> {
    const server = new ScramServer(mechanism, store({ alice: 'alice-secret' }));
    const first = formatClientFirst('alice', 'clientnonce');
    const challenge = (await server.evaluate(Buffer.from(first))).challenge.toString();
    return { server, first, nonce: /^r=([^,]+),/.exec(challenge)![1]! };
  }

  it.each([
    ['a replayed client-first message', (first: string) => first],
    ['a truncated client-final message', (_f: string, nonce: string) => formatClientFinalWithoutProof('n,,', nonce)],
    ['a foreign nonce', () => `${formatClientFinalWithoutProof('n,,', 'clientnonceXYZ')},p=AAAA`],
    ['an arbitrary prefix before the combined nonce', (_f: string, nonce: string) => `${formatClientFinalWithoutProof('n,,', `evil${nonce}`)},p=AAAA`],
    ['a channel binding that does not match the gs2 header', (_f: string, nonce: string) => `${formatClientFinalWithoutProof('y,,', nonce)},p=AAAA`],
    ['a proof of the wrong length', (_f: string, nonce: string) => `${formatClientFinalWithoutProof('n,,', nonce)},p=AAAA`],
  ])('refuses %s', async (_label, second) => {
    const { server, first, nonce } = await afterFirst();
    await expect(server.evaluate(Buffer.from(second(first, nonce)))).rejects.toBeInstanceOf(SaslAuthenticationFailure);
    // Nothing after a failure is accepted either.
    await expect(server.evaluate(Buffer.from(first))).rejects.toThrow(/after the exchange failed/);
  });

  /** A client-final message proving `password` with `nonce` in r= (whatever form it takes). */
  function clientFinal(mechanism: ScramMechanism, first: string, serverFirst: string, nonce: string, password: string): string {
    const salt = Buffer.from(/,s=([^,]+),/.exec(serverFirst)![1]!, 'base64');
    const iterations = Number(/,i=(\d+)/.exec(serverFirst)![1]);
    const key = clientKey(mechanism, saltedPassword(mechanism, password, salt, iterations));
    const withoutProof = formatClientFinalWithoutProof('n,,', nonce);
    const proof = xor(key, hmac(mechanism, hash(mechanism, key), authMessage(first.slice(3), serverFirst, withoutProof)));
    return `${withoutProof},p=${proof.toString('base64')}`;
  }

  it('accepts librdkafka<1.4\'s client-final nonce (its own nonce + the combined one), as Kafka does', async () => {
    const server = new ScramServer('SCRAM-SHA-512', store({ alice: 'alice-secret' }));
    const first = formatClientFirst('alice', 'cnonce');
    const serverFirst = (await server.evaluate(Buffer.from(first))).challenge.toString();
    const combined = /^r=([^,]+),/.exec(serverFirst)![1]!;
    const step = await server.evaluate(Buffer.from(clientFinal('SCRAM-SHA-512', first, serverFirst, `cnonce${combined}`, 'alice-secret')));
    expect(step.authenticatedUser).toBe('alice');
    expect(step.challenge.toString()).toMatch(/^v=/);
  });

  it.each([
    ['channel binding p=', 'p=tls-unique,,n=alice,r=abc', /channel binding/],
    ['an empty user name', 'n,,n=,r=abc', /user name is empty/],
    ['no nonce', 'n,,n=alice', /attribute r=/],
    ['mandatory extensions', 'n,,m=ext,n=alice,r=abc', /mandatory/],
    ['an authzid other than the user', 'n,a=bob,n=alice,r=abc', /authorization id/],
  ])('refuses a client-first message with %s', async (_label, text, message) => {
    const server = new ScramServer('SCRAM-SHA-256', store({ alice: 'alice-secret' }));
    await expect(server.evaluate(Buffer.from(text))).rejects.toThrow(message);
  });

  it('parses gs2 headers with an authzid', () => {
    expect(parseClientFirst('n,a=alice,n=alice,r=abc')).toMatchObject({ gs2Header: 'n,a=alice,', authzid: 'alice', username: 'alice', nonce: 'abc', bare: 'n=alice,r=abc' });
  });

  it('fails the authentication, without throwing, when the credential store cannot answer', async () => {
    const { auth } = authenticator(() => Promise.reject(new Error('ZooKeeper unreachable')));
    expect(auth.handshake('SCRAM-SHA-256').errorCode).toBe(ErrorCode.NONE);
    const r = await auth.authenticate(Buffer.from(formatClientFirst('alice', 'abc')));
    expect(r.errorCode).toBe(ErrorCode.SASL_AUTHENTICATION_FAILED);
    expect(auth.failed).toBe(true);
  });

  it('answers a mechanism the listener does not offer with UNSUPPORTED_SASL_MECHANISM and the enabled list', () => {
    const { auth } = authenticator();
    expect(auth.handshake('PLAIN')).toEqual({ errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: ['SCRAM-SHA-256', 'SCRAM-SHA-512'] });
    expect(auth.failed).toBe(true);
  });
});
