import { Writable } from 'node:stream';
import { componentLogger, createBrokerLogger } from './logger';
import { repeatedTopLevelKeys, topLevelKeys } from '../test/support/json-keys';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, destination };
}

describe('broker logger', () => {
  it('writes JSON lines with brokerId, component, topic and partition, honouring the level', () => {
    const { lines, destination } = capture();
    const root = createBrokerLogger({ brokerId: 7, level: 'info', destination });
    const log = componentLogger(root, 'replica-manager', { topic: 't', partition: 2 });
    log.debug('hidden');
    log.info({ leaderEpoch: 3 }, 'became leader');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'info', brokerId: 7, component: 'replica-manager', topic: 't', partition: 2, leaderEpoch: 3, msg: 'became leader',
    });
  });

  it('writes each key once when a child or a call repeats a bound key', () => {
    const { lines, destination } = capture();
    const root = createBrokerLogger({ brokerId: 7, level: 'info', destination });
    const manager = componentLogger(root, 'log-manager');
    const log = manager.child({ component: 'log', topic: 't', partition: 0 });
    log.info({ brokerId: 7, partition: 0 }, 'same values');
    manager.child({ component: 'controller', brokerId: 7 }).info({ brokerId: 9 }, 'another broker');
    root.info({ brokerId: 7 }, 'root');
    log.info('plain');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(repeatedTopLevelKeys(line)).toEqual([]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ brokerId: 7, component: 'log', topic: 't', partition: 0, msg: 'same values' });
    expect(JSON.parse(lines[1]!)).toMatchObject({ brokerId: 7, component: 'controller', loggedBrokerId: 9 });
    expect(topLevelKeys(lines[3]!)).toEqual(['level', 'time', 'brokerId', 'component', 'topic', 'partition', 'msg']);
  });
});

describe('topLevelKeys', () => {
  it('lists top-level keys with repeats, skipping nested objects, arrays and escaped quotes', () => {
    expect(topLevelKeys('{"a":1,"b":{"a":2,"c":[{"a":3}]},"s":"x\\",\\"a\\":","a":4}')).toEqual(['a', 'b', 's', 'a']);
    expect(repeatedTopLevelKeys('{"a":1,"b":2,"a":3}')).toEqual(['a']);
  });
});
