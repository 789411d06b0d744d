import { Writable } from 'node:stream';
import pino from 'pino';
import { Samsa, type SamsaConfig } from './samsa';
import { normalizeConfig } from './config-options';

function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'warn' }, destination) };
}

describe('client config option names', () => {
  it("maps KafkaJS's names where they mean the same and warns on unknown ones", () => {
    const warnings: string[] = [];
    const warn = (m: string) => void warnings.push(m);
    expect(normalizeConfig('Samsa', { brokers: ['b:1'], requestTimeout: 5, connectionTimeout: 6 }, warn)).toEqual({ brokers: ['b:1'], requestTimeoutMs: 5, connectionTimeoutMs: 6 });
    expect(normalizeConfig('consumer', { groupId: 'g', sessionTimeout: 7, heartbeatInterval: 8, maxWaitTimeInMs: 9, readUncommitted: false }, warn))
      .toEqual({ groupId: 'g', sessionTimeoutMs: 7, heartbeatIntervalMs: 8, maxWaitTimeMs: 9, isolationLevel: 'read_committed' });
    expect(normalizeConfig('consumer', { readUncommitted: true }, warn)).toEqual({ isolationLevel: 'read_uncommitted' });
    expect(normalizeConfig('producer', { transactionTimeout: 1000, groupID: 'x', lingerMs: 1 }, warn)).toEqual({ transactionTimeoutMs: 1000, groupID: 'x', lingerMs: 1 });
    expect(warnings).toEqual(["unknown producer option 'groupID' is ignored"]);
  });

  it('refuses a KafkaJS name and a Samsa name that disagree', () => {
    expect(() => normalizeConfig('Samsa', { requestTimeout: 5, requestTimeoutMs: 6 }, () => undefined)).toThrow(/'requestTimeout' \(KafkaJS\) and 'requestTimeoutMs' disagree/);
    expect(normalizeConfig('Samsa', { requestTimeout: 5, requestTimeoutMs: 5 }, () => undefined)).toEqual({ requestTimeoutMs: 5 });
  });

  it('applies to the Samsa, producer and consumer configs, warning through the client logger', () => {
    const { lines, logger } = capturingLogger();
    const config = { brokers: ['127.0.0.1:1'], requestTimeout: 1234, brokerList: 'x', logger } as SamsaConfig;
    const samsa = new Samsa(config);
    expect((samsa as unknown as { config: SamsaConfig }).config.requestTimeoutMs).toBe(1234);
    const consumer = samsa.consumer({ groupId: 'g', sessionTimeout: 6000, autoCommitThreshold: 10 } as object);
    expect((consumer as unknown as { config: { sessionTimeoutMs: number } }).config.sessionTimeoutMs).toBe(6000);
    samsa.producer({ idempotent: true, retries: 3 } as object);
    expect(lines.map((l) => l.msg)).toEqual([
      "unknown Samsa option 'brokerList' is ignored", "unknown consumer option 'autoCommitThreshold' is ignored", "unknown producer option 'retries' is ignored",
    ]);
  });
});
