/**
 * The PEM key, certificate chain and trusted CAs of one listener (Kafka's PEM keystore and
 * truststore, KIP-651): read from `ssl.keystore.location` / `ssl.truststore.location` files or
 * the inline keys, turned into Node's TLS options for the broker's server side and for its
 * connections to other brokers.
 */

import { readFileSync, statSync } from 'node:fs';
import tls from 'node:tls';
import type { SslConfig } from '../../config/security';

/** Bound on a TLS handshake: a client that connects and says nothing is dropped after this. */
export const tlsHandshakeTimeoutMs = 10_000;

export interface TlsMaterial {
  key: string | undefined;
  certChain: string | undefined;
  ca: string | undefined;
}

const pemBlock = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

function blocks(pem: string, kind: (label: string) => boolean): string {
  return [...pem.matchAll(pemBlock)].filter((m) => kind(m[1]!)).map((m) => m[0]).join('\n');
}

/** Reads the listener's PEM material now; throws with the file or key at fault. */
export function loadTlsMaterial(ssl: SslConfig): TlsMaterial {
  let key = ssl.keystoreKey;
  let certChain = ssl.keystoreCertificateChain;
  if (ssl.keystoreLocation !== undefined) {
    const pem = readFileSync(ssl.keystoreLocation, 'utf8');
    key = blocks(pem, (label) => label.endsWith('PRIVATE KEY'));
    certChain = blocks(pem, (label) => label === 'CERTIFICATE');
    if (key === '') throw new Error(`ssl.keystore.location ${ssl.keystoreLocation} holds no PEM private key`);
    if (certChain === '') throw new Error(`ssl.keystore.location ${ssl.keystoreLocation} holds no PEM certificate`);
  }
  let ca = ssl.truststoreCertificates;
  if (ssl.truststoreLocation !== undefined) {
    ca = blocks(readFileSync(ssl.truststoreLocation, 'utf8'), (label) => label === 'CERTIFICATE');
    if (ca === '') throw new Error(`ssl.truststore.location ${ssl.truststoreLocation} holds no PEM certificate`);
  }
  return { key, certChain, ca };
}

function versionRange(ssl: SslConfig): Pick<tls.SecureContextOptions, 'minVersion' | 'maxVersion'> {
  const sorted = [...ssl.enabledProtocols].sort() as tls.SecureVersion[];
  return { minVersion: sorted[0], maxVersion: sorted[sorted.length - 1] };
}

/** The secure context options of a TLS listener; createSecureContext checks key and chain match. */
export function serverContextOptions(ssl: SslConfig, material: TlsMaterial): tls.SecureContextOptions {
  const options: tls.SecureContextOptions = {
    key: material.key, cert: material.certChain, passphrase: ssl.keyPassword, ...versionRange(ssl),
    ...(material.ca === undefined ? {} : { ca: material.ca }),
    ...(ssl.cipherSuites.length === 0 ? {} : { ciphers: ssl.cipherSuites.join(':') }),
  };
  tls.createSecureContext(options);
  return options;
}

/** tls.connect options of this broker connecting to another over a TLS listener. */
export function clientConnectOptions(ssl: SslConfig, material: TlsMaterial): tls.ConnectionOptions {
  return {
    ...versionRange(ssl),
    ...(material.ca === undefined ? {} : { ca: material.ca }),
    ...(material.key === undefined ? {} : { key: material.key, cert: material.certChain, passphrase: ssl.keyPassword }),
    ...(ssl.cipherSuites.length === 0 ? {} : { ciphers: ssl.cipherSuites.join(':') }),
    rejectUnauthorized: true,
    ...(ssl.endpointIdentificationAlgorithm === '' ? { checkServerIdentity: () => undefined } : {}),
  };
}

/** What identifies the current files' contents cheaply: size and modification time of each. */
export function materialFingerprint(ssl: SslConfig): string {
  return [ssl.keystoreLocation, ssl.truststoreLocation].map((file) => {
    if (file === undefined) return '-';
    try {
      const st = statSync(file);
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return 'missing';
    }
  }).join('|');
}
