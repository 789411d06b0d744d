import { Writable } from 'node:stream';
import pino from 'pino';
import { Samsa } from './samsa';
import { type Logger } from './logger';
import { repeatedTopLevelKeys } from '../test/support/json-keys';

describe('client logging', () => {
  it('gives the producer and the consumer their own component, not a second one after the cluster\'s', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const samsa = new Samsa({ brokers: ['127.0.0.1:1'], clientId: 'app', logger: pino({ level: 'info' }, destination) });
    const loggerOf = (o: object) => (o as { logger: Logger }).logger;
    loggerOf(samsa.producer()).info({}, 'from the producer');
    loggerOf(samsa.consumer({ groupId: 'g' })).info({}, 'from the consumer');
    expect(lines.map((l) => JSON.parse(l) as { component: string; clientId: string })).toMatchObject([
      { component: 'producer', clientId: 'app' }, { component: 'consumer', clientId: 'app' },
    ]);
    for (const line of lines) expect(repeatedTopLevelKeys(line)).toEqual([]);
  });
});
