/**
 * The broker process: `node dist/broker/main.js [--config file | file] [--override key=value]...`
 * (also `samsa broker ...`). Reads the configuration (a bad one exits 1 with the key named on
 * stderr), starts a KafkaServer, and turns SIGTERM/SIGINT into an orderly shutdown that exits 0;
 * a second signal exits at once. An uncaught exception is logged and exits 1: a broker in an
 * unknown state must not keep serving.
 */

import { BrokerConfigError, type BrokerConfig, loadBrokerConfig } from './config';
import { type Logger, createBrokerLogger } from './logger';
import { KafkaServer } from './server';

/** Upper bound on an orderly shutdown; past it the process exits with status 1. */
export const shutdownTimeoutMs = 60_000;

export async function main(argv: string[]): Promise<void> {
  let config: BrokerConfig;
  try {
    config = await loadBrokerConfig({ argv, env: process.env });
  } catch (err) {
    const message = err instanceof BrokerConfigError ? err.message : `could not read configuration: ${(err as Error).message}`;
    process.stderr.write(`samsa broker: ${message}\n`);
    process.exit(1);
  }
  const logger = createBrokerLogger({ brokerId: config.brokerId, level: config.logLevel });
  installFatalHandlers(logger);
  const server = new KafkaServer(config, logger, (err) => exitOnFatal(logger, 'fatal broker error', err));
  const signalled = installSignalHandlers(server, logger);
  try {
    await server.startup();
  } catch (err) {
    // A signal during startup stops it on purpose: the signal's own shutdown exits 0.
    if (signalled()) return;
    logger.fatal({ err }, 'broker startup failed');
    await server.shutdown();
    process.exit(1);
  }
}

function installFatalHandlers(logger: Logger): void {
  process.on('uncaughtException', (err) => exitOnFatal(logger, 'uncaught exception', err));
  process.on('unhandledRejection', (reason) => exitOnFatal(logger, 'unhandled promise rejection', reason));
}

function exitOnFatal(logger: Logger, what: string, err: unknown): never {
  logger.fatal({ err }, what);
  process.exit(1);
}

/** Returns whether a terminating signal was received. */
function installSignalHandlers(server: KafkaServer, logger: Logger): () => boolean {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting without finishing shutdown');
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, 'signal received: shutting down');
    const timer = setTimeout(() => {
      logger.error({ shutdownTimeoutMs }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, shutdownTimeoutMs);
    timer.unref();
    server.shutdown().then(() => process.exit(0), (err: unknown) => exitOnFatal(logger, 'shutdown failed', err));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => signalled;
}

if (require.main === module) {
  void main(process.argv.slice(2));
}
