import { PassThrough } from 'node:stream';
import { commands, parseArgs } from './args';
import { produceLines, produceOptions } from './produce';
import { type Message } from '../producer/types';

const lineWaitMs = 2_000;

/** A producer that records what it is handed and acknowledges when the test says so. */
function recordingProducer() {
  const sent: Message[] = [];
  const acks: Array<() => void> = [];
  let onSend = (): void => undefined;
  return {
    sent,
    ackAll: () => acks.splice(0).forEach((ack) => ack()),
    sentCount: (n: number) => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${sent.length} of ${n} lines sent within ${lineWaitMs} ms`)), lineWaitMs);
      const check = () => {
        if (sent.length < n) return;
        clearTimeout(timer);
        resolve();
      };
      onSend = check;
      check();
    }),
    send(r: { topic: string; messages: Message[] }): Promise<unknown> {
      sent.push(...r.messages);
      onSend();
      return new Promise<void>((resolve) => acks.push(resolve));
    },
  };
}

const io = (stdin: PassThrough) => ({ stdin, stdout: new PassThrough(), stderr: new PassThrough() });

describe('produceLines', () => {
  it('hands each line to the producer as soon as it is read, with stdin still open', async () => {
    const stdin = new PassThrough();
    const producer = recordingProducer();
    const done = produceLines(producer, produceOptions(parseArgs(commands.produce!, ['--topic', 't'])), io(stdin));
    stdin.write('first\n');
    await producer.sentCount(1);
    stdin.write('second\n');
    await producer.sentCount(2);
    expect(producer.sent.map((m) => m.value)).toEqual(['first', 'second']);
    producer.ackAll();
    stdin.end();
    await expect(done).resolves.toBe(2);
  });

  it('delivers the lines before a bad line, then fails naming the bad line', async () => {
    const stdin = new PassThrough();
    const producer = recordingProducer();
    const options = produceOptions(parseArgs(commands.produce!, ['--topic', 't', '--property', 'parse.key=true', '--property', 'key.separator=:']));
    const done = produceLines(producer, options, io(stdin));
    let settled = false;
    void done.catch(() => undefined).finally(() => (settled = true));
    stdin.write('k1:v1\nk2:v2\nno key here\nk3:v3\n');
    await producer.sentCount(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false); // it waits for the acknowledgements of the lines before
    producer.ackAll();
    await expect(done).rejects.toThrow("No key separator found on line number 3: 'no key here'");
    expect(producer.sent.map((m) => m.key)).toEqual(['k1', 'k2']);
  });
});
