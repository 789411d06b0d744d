import { commands, parseArgs, parseProperties } from './args';
import { consumeOptions, formatMessage } from './consume';
import { LineParseError, lineReaderOptions, lineToMessage } from './line-reader';
import { produceOptions } from './produce';

const reader = (pairs: string[] = []) => lineReaderOptions(parseProperties(pairs), undefined);
const header = (key: string, value: string | null) => ({ key, value: value === null ? null : Buffer.from(value) });

describe('the console producer line reader (Kafka LineMessageReader)', () => {
  it('takes the whole line as the value by default', () => {
    expect(lineToMessage('a\tb:c', reader())).toEqual({ value: 'a\tb:c' });
  });

  it('parses headers, key and value with the default separators', () => {
    const o = reader(['parse.headers=true', 'parse.key=true']);
    expect(lineToMessage('h1:v1,h2:v2\tkey\tvalue', o)).toEqual({ headers: [header('h1', 'v1'), header('h2', 'v2')], key: 'key', value: 'value' });
    expect(lineToMessage('h1:\tk\t', o)).toEqual({ headers: [header('h1', '')], key: 'k', value: '' });
  });

  it('takes separators longer than one character', () => {
    const o = reader(['parse.headers=true', 'parse.key=true', 'key.separator=\\t\\t', 'headers.delimiter=\\t\\t', 'headers.separator=---', 'headers.key.separator=::::']);
    expect(lineToMessage('hk0::::hv0---hk1::::\t\tkey\t\tvalue', o)).toEqual({ headers: [header('hk0', 'hv0'), header('hk1', '')], key: 'key', value: 'value' });
  });

  it('parses headers without a key', () => {
    expect(lineToMessage('headerKey:headerValue\tvalue', reader(['parse.headers=true']))).toEqual({ headers: [header('headerKey', 'headerValue')], value: 'value' });
  });

  it('turns a key, value, header value or whole header list equal to null.marker into null', () => {
    const o = reader(['parse.headers=true', 'parse.key=true', 'null.marker=<null>']);
    expect(lineToMessage('h:<null>\t<null>\t<null>', o)).toEqual({ headers: [header('h', null)], key: null, value: null });
    expect(lineToMessage('<null>\tk\tv', o)).toEqual({ key: 'k', value: 'v' });
    expect(() => lineToMessage('<null>:v\tk\tv', o)).toThrow(/Header keys should not be equal to the null marker/);
  });

  it('refuses a line without its separator, naming the line, unless ignore.error is set', () => {
    expect(() => lineToMessage('no separator', reader(['parse.key=true']), 3)).toThrow(new LineParseError("No key separator found on line number 3: 'no separator'"));
    expect(() => lineToMessage('value only', reader(['parse.headers=true']), 1)).toThrow(/No headers delimiter found on line number 1/);
    expect(() => lineToMessage('h\tv', reader(['parse.headers=true']), 2)).toThrow(/No header key separator found in pair 'h' on line number 2/);
    const lenient = reader(['parse.headers=true', 'parse.key=true', 'ignore.error=true']);
    expect(lineToMessage('just a value', lenient)).toEqual({ value: 'just a value' });
    expect(lineToMessage('h\tk\tv', lenient)).toEqual({ headers: [{ key: 'h', value: null }], key: 'k', value: 'v' });
  });

  it('refuses unknown properties and separators that would make a line ambiguous', () => {
    expect(() => reader(['parse.keys=true'])).toThrow(/unknown --property 'parse.keys' \(the line reader takes parse.key, key.separator, parse.headers/);
    expect(() => reader(['headers.separator=\\t'])).toThrow('headers.delimiter and headers.separator may not be equal');
    expect(() => reader(['headers.key.separator=,'])).toThrow('headers.separator and headers.key.separator may not be equal');
    expect(() => reader(['null.marker=\\t'])).toThrow('key.separator and null.marker may not be equal');
    expect(() => reader(['key.separator='])).toThrow('key.separator must not be empty');
  });

  it('is what produce --property configures', () => {
    const args = parseArgs(commands.produce!, ['--topic', 't', '--property', 'parse.headers=TRUE', '--property', 'ignore.error=true', '--partition', '1']);
    expect(produceOptions(args)).toMatchObject({ topic: 't', parseHeaders: true, ignoreError: true, partition: 1 });
    expect(() => produceOptions(parseArgs(commands.produce!, ['--topic', 't', '--property', 'bogus=1']))).toThrow(/unknown --property 'bogus'/);
  });
});

describe('the console consumer formatter properties (Kafka DefaultMessageFormatter)', () => {
  const consume = (props: string[]) => consumeOptions(parseArgs(commands.consume!, ['--topic', 't', ...props.flatMap((p) => ['--property', p])]));
  const m = { topic: 't', partition: 0, offset: 1, timestamp: 5, key: null, value: Buffer.from('v'), headers: [header('a', '1'), header('b', null)], leaderEpoch: 0 };

  it('prints headers with headers.separator and nulls as null.literal', () => {
    const o = consume(['print.headers=true', 'print.key=true', 'headers.separator=;', 'null.literal=NULL']);
    expect(formatMessage(m, o.format)).toBe('a:1;b:NULL\tNULL\tv\n');
  });

  it('refuses unknown properties and deserializers instead of ignoring them', () => {
    expect(() => consume(['print.keys=true'])).toThrow(/unknown --property 'print.keys' \(the formatter takes print.timestamp/);
    expect(() => consume(['key.deserializer=org.apache.kafka.common.serialization.LongDeserializer'])).toThrow(/key.deserializer is not supported/);
  });
});
