/** The listener, ssl.* and sasl.* keys: per-listener resolution, Kafka's checks, masking. */
import { BrokerConfigError, describeBrokerConfig, parseBrokerConfig } from '../config';

const base = { 'broker.id': '1', 'zookeeper.connect': 'zk:2181' };
const tls = { 'ssl.keystore.location': '/etc/samsa/broker.pem', 'ssl.truststore.location': '/etc/samsa/ca.pem' };
const scramJaas = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="admin-secret";';

function parse(extra: Record<string, string>) {
  return parseBrokerConfig({ ...base, ...extra }, { hostname: () => 'h' });
}

function errorOf(extra: Record<string, string>): BrokerConfigError {
  try {
    parse(extra);
  } catch (err) {
    if (err instanceof BrokerConfigError) return err;
    throw err;
  }
  throw new Error('expected a BrokerConfigError');
}

describe('transport security configuration', () => {
  it('leaves PLAINTEXT listeners without TLS or SASL by default', () => {
    const c = parse({});
    expect(c.security.listeners.PLAINTEXT).toEqual({ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', ssl: undefined, sasl: undefined });
    expect(c.security.connectionFailedAuthenticationDelayMs).toBe(100);
    expect(c.security.saslMechanismInterBrokerProtocol).toBe('SCRAM-SHA-512');
  });

  it('resolves listener.name.<l>.* overrides over the broker-wide keys', () => {
    const c = parse({
      ...tls, listeners: 'INTERNAL://:9093,EXTERNAL://:9094', 'listener.security.protocol.map': 'INTERNAL:SSL,EXTERNAL:SASL_SSL',
      'inter.broker.listener.name': 'INTERNAL', 'listener.name.internal.ssl.client.auth': 'required',
      'listener.name.external.sasl.enabled.mechanisms': 'PLAIN', 'listener.name.external.plain.sasl.jaas.config': scramJaas.replace('scram.Scram', 'plain.Plain'),
    });
    expect(c.security.listeners.INTERNAL!.ssl!.clientAuth).toBe('required');
    expect(c.security.listeners.EXTERNAL!.ssl!.clientAuth).toBe('none');
    expect(c.security.listeners.EXTERNAL!.sasl!.enabledMechanisms).toEqual(['PLAIN']);
    expect(c.security.listeners.EXTERNAL!.sasl!.jaas.PLAIN!.options.get('username')).toBe('admin');
    expect(c.security.listeners.INTERNAL!.sasl).toBeUndefined();
  });

  it('takes the inter-broker listener from security.inter.broker.protocol, and refuses it with inter.broker.listener.name', () => {
    const c = parse({ ...tls, listeners: 'SSL://:9093', 'listener.security.protocol.map': 'SSL:SSL', 'security.inter.broker.protocol': 'SSL' });
    expect(c.interBrokerListenerName).toBe('SSL');
    expect(errorOf({ ...tls, listeners: 'SSL://:9093', 'listener.security.protocol.map': 'SSL:SSL', 'security.inter.broker.protocol': 'SSL', 'inter.broker.listener.name': 'SSL' }).key)
      .toBe('security.inter.broker.protocol');
  });

  it.each([
    ['a TLS listener without a keystore', { 'listener.security.protocol.map': 'PLAINTEXT:SSL,KAFKA:PLAINTEXT' }, 'ssl.keystore.location'],
    ['both a keystore file and inline PEM', { ...tls, 'ssl.keystore.key': 'k', 'ssl.keystore.certificate.chain': 'c', 'listener.security.protocol.map': 'PLAINTEXT:SSL,KAFKA:PLAINTEXT' }, 'ssl.keystore.location'],
    ['client auth without a truststore', { 'ssl.keystore.location': '/k.pem', 'ssl.client.auth': 'required', 'listener.security.protocol.map': 'PLAINTEXT:SSL,KAFKA:PLAINTEXT' }, 'ssl.client.auth'],
    ['an unknown ssl.client.auth', { 'ssl.client.auth': 'maybe' }, 'ssl.client.auth'],
    ['a TLS version Node cannot speak as Kafka names it', { 'ssl.enabled.protocols': 'TLSv1' }, 'ssl.enabled.protocols'],
    ['bad mapping rules', { ...tls, 'ssl.principal.mapping.rules': 'RULE:x', 'listener.security.protocol.map': 'PLAINTEXT:SSL,KAFKA:PLAINTEXT' }, 'ssl.principal.mapping.rules'],
    ['an unknown SASL mechanism', { 'sasl.enabled.mechanisms': 'GSSAPI' }, 'sasl.enabled.mechanisms'],
    ['an unknown per-listener key', { 'listener.name.plaintext.log.retention.ms': '5' }, 'listener.name.plaintext.log.retention.ms'],
    ['an override for a listener that does not exist', { 'listener.name.nope.ssl.client.auth': 'none' }, 'listener.name.nope.ssl.client.auth'],
    ['a SASL inter-broker listener without a login', { 'listener.security.protocol.map': 'PLAINTEXT:SASL_PLAINTEXT,KAFKA:PLAINTEXT' }, 'sasl.jaas.config'],
    ['an inter-broker mechanism the listener does not enable', { 'listener.security.protocol.map': 'PLAINTEXT:SASL_PLAINTEXT,KAFKA:PLAINTEXT', 'sasl.enabled.mechanisms': 'PLAIN', 'sasl.jaas.config': scramJaas }, 'sasl.mechanism.inter.broker.protocol'],
    ['a JAAS entry that does not parse', { 'listener.security.protocol.map': 'PLAINTEXT:SASL_PLAINTEXT,KAFKA:PLAINTEXT', 'sasl.jaas.config': 'nonsense' }, 'listener.name.plaintext.scram-sha-256.sasl.jaas.config'],
  ])('refuses %s', (_label, extra, key) => {
    expect(errorOf(extra).key).toBe(key);
  });

  it('accepts a SASL_SSL inter-broker listener with a SCRAM login', () => {
    const c = parse({ ...tls, 'listener.security.protocol.map': 'PLAINTEXT:SASL_SSL,KAFKA:PLAINTEXT', 'sasl.jaas.config': scramJaas });
    expect(c.security.listeners.PLAINTEXT!.sasl!.jaas['SCRAM-SHA-512']!.options.get('username')).toBe('admin');
  });

  it('masks passwords and JAAS entries in the described configuration', () => {
    const c = parse({ 'ssl.keystore.key': 'PRIVATE', 'ssl.keystore.certificate.chain': 'CHAIN', 'ssl.key.password': 'KEYPW', 'listener.security.protocol.map': 'PLAINTEXT:SASL_SSL,KAFKA:PLAINTEXT', 'sasl.jaas.config': scramJaas });
    const text = JSON.stringify(describeBrokerConfig(c));
    for (const secret of ['PRIVATE', 'CHAIN', 'KEYPW', 'admin-secret']) expect(text).not.toContain(secret);
    expect(text).toContain('[hidden]');
  });
});
