import { Writable } from 'node:stream';
import { componentLogger, createBrokerLogger } from './logger';

describe('broker logger', () => {
  it('writes JSON lines with brokerId, component, topic and partition, honouring the level', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const root = createBrokerLogger({ brokerId: 7, level: 'info', destination });
    const log = componentLogger(root, 'replica-manager', { topic: 't', partition: 2 });
    log.debug('hidden');
    log.info({ leaderEpoch: 3 }, 'became leader');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'info', brokerId: 7, component: 'replica-manager', topic: 't', partition: 2, leaderEpoch: 3, msg: 'became leader',
    });
  });
});
