/** Kafka's client security properties into SamsaConfig's ssl and sasl. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClientPropertiesError, clientSecurityFromProperties } from './client-properties';

describe('clientSecurityFromProperties', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samsa-props-'));
  const caPath = path.join(dir, 'ca.pem');
  writeFileSync(caPath, '-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives nothing for PLAINTEXT (the default)', () => {
    expect(clientSecurityFromProperties({})).toEqual({});
  });

  it('reads SASL_SSL with a PEM truststore and a SCRAM JAAS login', () => {
    const security = clientSecurityFromProperties({
      'security.protocol': 'SASL_SSL', 'ssl.truststore.type': 'PEM', 'ssl.truststore.location': caPath,
      'sasl.mechanism': 'SCRAM-SHA-512',
      'sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="a\\"b";',
    });
    expect(security.ssl?.ca).toContain('BEGIN CERTIFICATE');
    expect(security.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'alice', password: 'a"b' });
  });

  it('turns off host name checks only when ssl.endpoint.identification.algorithm is empty', () => {
    expect(clientSecurityFromProperties({ 'security.protocol': 'SSL' }).ssl?.checkServerIdentity).toBeUndefined();
    expect(clientSecurityFromProperties({ 'security.protocol': 'SSL', 'ssl.endpoint.identification.algorithm': '' }).ssl?.checkServerIdentity).toBeDefined();
  });

  it.each([
    [{ 'security.protocol': 'KERBEROS' }, /security.protocol/],
    [{ 'security.protocol': 'SSL', 'ssl.truststore.type': 'JKS' }, /only PEM/],
    [{ 'security.protocol': 'SSL', 'ssl.truststore.location': path.join(dir, 'missing.pem') }, /cannot read/],
    [{ 'security.protocol': 'SASL_PLAINTEXT', 'sasl.mechanism': 'GSSAPI' }, /sasl.mechanism/],
    [{ 'security.protocol': 'SASL_PLAINTEXT', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required username="a";' }, /username.*password/],
  ])('refuses %o', (props, message) => {
    expect(() => clientSecurityFromProperties(props)).toThrow(ClientPropertiesError);
    expect(() => clientSecurityFromProperties(props)).toThrow(message);
  });
});
