import { CliUsageError } from './args';
import { commandConfigFrom, loadCommandConfig } from './command-config';

const caPem = '-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n';
const keystorePem = '-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\nLEAF\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMID\n-----END CERTIFICATE-----\n';
const files: Record<string, string> = { '/ca.pem': caPem, '/client.pem': keystorePem, '/not-pem': 'hello' };
const readFile = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw new Error('ENOENT: no such file');
  return text;
};

function config(props: Record<string, string>, warnings: string[] = []) {
  return commandConfigFrom(props, (m) => warnings.push(m), readFile);
}

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CliUsageError);
    return (err as Error).message;
  }
  throw new Error('no error');
}

describe('--command-config', () => {
  it('PLAINTEXT (or nothing) means no TLS and no SASL', () => {
    expect(config({})).toEqual({});
    expect(config({ 'security.protocol': 'PLAINTEXT' })).toEqual({});
  });

  it('SSL with PEM truststore and keystore (key plus chain) and the key password', () => {
    const c = config({
      'security.protocol': 'SSL', 'ssl.truststore.location': '/ca.pem', 'ssl.truststore.type': 'PEM',
      'ssl.keystore.location': '/client.pem', 'ssl.keystore.type': 'PEM', 'ssl.key.password': 'secret',
    });
    expect(c.sasl).toBeUndefined();
    expect(c.ssl).toMatchObject({ ca: caPem, passphrase: 'secret' });
    const ssl = c.ssl as { key: string; cert: string };
    expect(ssl.key).toContain('KEY');
    expect(ssl.cert).toContain('LEAF');
    expect(ssl.cert).toContain('MID');
  });

  it('SSL alone trusts the system CAs; an empty endpoint identification algorithm skips the host name check', () => {
    expect(config({ 'security.protocol': 'SSL' }).ssl).toEqual({});
    const ssl = config({ 'security.protocol': 'ssl', 'ssl.endpoint.identification.algorithm': '' }).ssl as { checkServerIdentity: () => undefined };
    expect(ssl.checkServerIdentity()).toBeUndefined();
  });

  it.each([
    ['PLAIN', 'org.apache.kafka.common.security.plain.PlainLoginModule', 'plain'],
    ['SCRAM-SHA-256', 'org.apache.kafka.common.security.scram.ScramLoginModule', 'scram-sha-256'],
    ['SCRAM-SHA-512', 'org.apache.kafka.common.security.scram.ScramLoginModule', 'scram-sha-512'],
  ])('SASL_SSL with %s', (mechanism, module, expected) => {
    const c = config({
      'security.protocol': 'SASL_SSL', 'sasl.mechanism': mechanism,
      'sasl.jaas.config': `${module} required username="alice" password="p\\"w;d";`,
    });
    expect(c.ssl).toEqual({});
    expect(c.sasl).toEqual({ mechanism: expected, username: 'alice', password: 'p"w;d' });
  });

  it('SASL_PLAINTEXT has SASL without TLS', () => {
    const c = config({ 'security.protocol': 'SASL_PLAINTEXT', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required username=u password=p;' });
    expect(c).toEqual({ sasl: { mechanism: 'plain', username: 'u', password: 'p' } });
  });

  it('warns about unknown keys and ignores them', () => {
    const warnings: string[] = [];
    config({ 'client.id': 'x', 'security.protocol': 'PLAINTEXT' }, warnings);
    expect(warnings).toEqual(['--command-config: ignoring unknown property client.id']);
  });

  it.each([
    [{ 'security.protocol': 'TLS' }, 'security.protocol: TLS is not one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL'],
    [{ 'security.protocol': 'SSL', 'ssl.truststore.type': 'JKS' }, 'ssl.truststore.type: only PEM is supported, not JKS'],
    [{ 'security.protocol': 'SSL', 'ssl.truststore.location': '/missing.pem' }, 'ssl.truststore.location: cannot read /missing.pem'],
    [{ 'security.protocol': 'SSL', 'ssl.truststore.location': '/not-pem' }, 'ssl.truststore.location: /not-pem is not a PEM file'],
    [{ 'security.protocol': 'SSL', 'ssl.keystore.location': '/ca.pem' }, 'must hold one private key and its certificate chain'],
    [{ 'security.protocol': 'SSL', 'ssl.endpoint.identification.algorithm': 'ldap' }, 'must be https or empty'],
    [{ 'security.protocol': 'SASL_SSL' }, 'sasl.mechanism: is required'],
    [{ 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'GSSAPI' }, 'sasl.mechanism: GSSAPI is not supported'],
    [{ 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN' }, 'sasl.jaas.config: is required'],
    [{ 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required username="a" password="b";' }, 'does not match sasl.mechanism PLAIN'],
    [{ 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required username="a";' }, 'needs username="..." and password="..."'],
    [{ 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': 'username="a" password="b"' }, 'sasl.jaas.config: expected'],
  ])('refuses %j: %s', (props, message) => {
    expect(usageError(() => config(props as Record<string, string>))).toContain(message);
  });

  it('reads a properties file, continuation lines included', () => {
    files['/client.properties'] = 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n'
      + 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\\n  username="admin" \\\n  password="admin-secret";\n';
    expect(loadCommandConfig('/client.properties', () => undefined, readFile)).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'admin', password: 'admin-secret' } });
    expect(usageError(() => loadCommandConfig('/nope', () => undefined, readFile))).toContain('--command-config: cannot read /nope');
  });
});
