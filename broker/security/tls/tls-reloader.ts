/**
 * Keeps one listener's TLS material current without a restart: every `ssl.file.reload.interval.ms`
 * it compares the key and truststore files' size and modification time, and on a change reads
 * them again and hands the new options to its subscribers (the listener's
 * `server.setSecureContext`, the connections this broker opens to others). A file that cannot be
 * read or does not make a valid context (half written, wrong key for the certificate) is logged
 * and the previous material stays in use; the next change is tried again.
 */

import type { Logger } from 'pino';
import type tls from 'node:tls';
import type { SslConfig } from '../../config/security';
import { clientConnectOptions, loadTlsMaterial, materialFingerprint, serverContextOptions, type TlsMaterial } from './tls-material';

export class TlsReloader {
  private material: TlsMaterial;
  private serverOptions: tls.SecureContextOptions;
  private fingerprint: string;
  private timer: NodeJS.Timeout | undefined;
  private readonly subscribers: Array<(options: tls.SecureContextOptions) => void> = [];

  /** Reads the material now; throws (stopping startup) when it is unusable. */
  constructor(readonly listenerName: string, private readonly ssl: SslConfig, private readonly logger: Logger) {
    this.fingerprint = materialFingerprint(ssl);
    this.material = loadTlsMaterial(ssl);
    this.serverOptions = serverContextOptions(ssl, this.material);
  }

  get currentServerOptions(): tls.SecureContextOptions {
    return this.serverOptions;
  }

  /** tls.connect options for connecting to another broker's listener with this listener's settings. */
  clientOptions(): tls.ConnectionOptions {
    return clientConnectOptions(this.ssl, this.material);
  }

  onReload(subscriber: (options: tls.SecureContextOptions) => void): void {
    this.subscribers.push(subscriber);
  }

  start(): void {
    if (this.timer !== undefined || (this.ssl.keystoreLocation === undefined && this.ssl.truststoreLocation === undefined)) return;
    this.timer = setInterval(() => this.check(), this.ssl.fileReloadIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reloads when the files changed; public so that tests and operators' signals can force a check. */
  check(): void {
    const fingerprint = materialFingerprint(this.ssl);
    if (fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    let material: TlsMaterial;
    let options: tls.SecureContextOptions;
    try {
      material = loadTlsMaterial(this.ssl);
      options = serverContextOptions(this.ssl, material);
    } catch (err) {
      this.logger.error({ listener: this.listenerName, err: (err as Error).message }, 'TLS key or certificate files changed but cannot be used; keeping the previous ones');
      return;
    }
    this.material = material;
    this.serverOptions = options;
    for (const subscriber of this.subscribers) subscriber(options);
    this.logger.info({ listener: this.listenerName }, 'reloaded TLS key and certificates');
  }
}
