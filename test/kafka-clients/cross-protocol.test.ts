/**
 * Both protocols on the same logs, byte for byte: records written by kcat, kafka-python,
 * confluent-kafka-python and KafkaJS on the KAFKA listener are read by Samsa's own client on the
 * protobuf listener with the same key, value, headers, timestamp and offset; and records Samsa's
 * client writes are read by each of them the same way. Keys, values and header values are
 * compared as bytes (hex); each direction of each client has its own topic, so that a topic
 * holds exactly the records of one case.
 */
import { type TestCluster } from '../fixtures/cluster';
import { groupHeaders, kafkajsClient, kafkajsGroupRead, kafkajsProduce } from './kafkajs-side';
import { createTopics, type Delivery, readBack, type RecordToWrite, samsaProduce, samsaRead, sampleRecords, useCluster, type WireRecord } from './samsa-side';
import { describeWithTools, jsonLines, kcat, runPython, runTool, succeeded } from './tools';

const partitions = 2;
const recordCount = 20;
const toolTimeoutMs = 120_000;
const caseTimeoutMs = 2 * toolTimeoutMs + 60_000;
const kcatFormat = '%p\\t%o\\t%T\\t%K\\t%k\\t%S\\t%s\\t%h\\n';

type Writer = (c: TestCluster, topic: string, records: RecordToWrite[]) => Promise<Delivery[]>;
type Reader = (c: TestCluster, topic: string, partition: number, offset: number, count: number) => Promise<WireRecord[]>;

const hexOf = (text: string): string => Buffer.from(text).toString('hex');

/** One line of kcat's `kcatFormat` output (text keys, values and headers without tabs, commas or '='). */
function parseKcatLine(line: string): WireRecord {
  const [p, o, t, keyLength, key, , value, headers] = line.split('\t');
  return {
    partition: Number(p), offset: Number(o), timestamp: Number(t),
    key: keyLength === '-1' ? null : hexOf(key!), value: hexOf(value!),
    headers: headers ? headers.split(',').map((h) => h.split('=')).map(([k, v]) => [k!, hexOf(v ?? '')]) : [],
  };
}

const kcatRead: Reader = async (c, topic, partition, offset, count) => {
  const run = await runTool(kcat, ['-b', c.kafkaBootstrap, '-m', '30', '-C', '-t', topic, '-p', String(partition), '-o', String(offset), '-c', String(count), '-e', '-f', kcatFormat], { timeoutMs: toolTimeoutMs });
  return succeeded(run).split('\n').filter((l) => l.includes('\t')).map(parseKcatLine);
};

/**
 * kcat takes one key:value per line and the same headers for every record, and sets no
 * timestamp: it writes each partition's records with -p, and the expected timestamps are the
 * ones its own consumer reads back (CreateTime set by librdkafka).
 */
const kcatWrite: Writer = async (c, topic, records) => {
  const deliveries: Delivery[] = [];
  for (let partition = 0; partition < partitions; partition++) {
    const mine = records.filter((r) => r.partition === partition);
    const input = mine.map((r) => `${Buffer.from(r.key!, 'hex').toString()}:${Buffer.from(r.value!, 'hex').toString()}`).join('\n');
    const headerArgs = mine[0]!.headers.flatMap(([k, v]) => ['-H', `${k}=${Buffer.from(v!, 'hex').toString()}`]);
    succeeded(await runTool(kcat, ['-b', c.kafkaBootstrap, '-m', '30', '-P', '-t', topic, '-p', String(partition), '-K:', ...headerArgs, '-X', 'acks=all', '-X', 'message.timeout.ms=60000'], {
      timeoutMs: toolTimeoutMs, input: `${input}\n`,
    }));
  }
  const read = [];
  for (let partition = 0; partition < partitions; partition++) read.push(...await kcatRead(c, topic, partition, 0, records.filter((r) => r.partition === partition).length));
  for (const r of records) {
    const found = read.find((x) => x.partition === r.partition && x.key === r.key && x.value === r.value);
    if (!found) throw new Error(`kcat's own consumer did not read back ${JSON.stringify(r)}: ${JSON.stringify(read)}`);
    r.timestamp = found.timestamp;
    deliveries.push({ partition: found.partition, offset: found.offset });
  }
  return deliveries;
};

function pythonWriter(script: string): Writer {
  return async (c, topic, records) => {
    const run = await runPython(script, ['produce', c.kafkaBootstrap, topic], { timeoutMs: toolTimeoutMs, input: records.map((r) => JSON.stringify(r)).join('\n') });
    return jsonLines<Delivery>(succeeded(run));
  };
}

function pythonReader(script: string): Reader {
  return async (c, topic, partition, offset, count) => {
    const run = await runPython(script, ['consume', c.kafkaBootstrap, topic, String(partition), String(offset), String(count)], { timeoutMs: toolTimeoutMs });
    return jsonLines<WireRecord & { topic?: string }>(succeeded(run)).map(({ topic: _topic, ...r }) => r);
  };
}

const kafkajsWrite: Writer = (c, topic, records) => kafkajsProduce(kafkajsClient(c, 'cross-kafkajs-producer'), topic, records);

/** KafkaJS reads through a group: the whole topic once, then each partition's slice of it. */
function kafkajsReader(): Reader {
  const whole = new Map<string, Promise<WireRecord[]>>();
  return async (c, topic, partition, offset, count) => {
    if (!whole.has(topic)) whole.set(topic, kafkajsGroupRead(kafkajsClient(c, 'cross-kafkajs-consumer'), topic, `cross-${topic}`, recordCount));
    const all = await whole.get(topic)!;
    return all.filter((r) => r.partition === partition && r.offset >= offset && r.offset < offset + count);
  };
}

interface ClientCase {
  name: string;
  tool: 'kcat' | 'kafka-python' | 'confluent-kafka' | 'kafkajs';
  write: Writer;
  read: Reader;
  /** The records this client can write and read exactly (kcat: text, keyed, shared headers). */
  records: (label: string) => RecordToWrite[];
}

const cases: ClientCase[] = [
  {
    name: 'kcat', tool: 'kcat', write: kcatWrite, read: kcatRead,
    records: (label) => sampleRecords(label, partitions, recordCount, { binary: false, timestamps: true })
      .map((r, i) => ({ ...r, key: r.key ?? hexOf(`${label}-key-${i}`), headers: [['origin', hexOf(label)], ['origin', hexOf('again')]] })),
  },
  { name: 'kafka-python', tool: 'kafka-python', write: pythonWriter('kafka_python_client.py'), read: pythonReader('kafka_python_client.py'), records: (label) => sampleRecords(label, partitions, recordCount, { binary: true, timestamps: true }) },
  { name: 'confluent-kafka', tool: 'confluent-kafka', write: pythonWriter('confluent_client.py'), read: pythonReader('confluent_client.py'), records: (label) => sampleRecords(label, partitions, recordCount, { binary: true, timestamps: true }) },
  { name: 'KafkaJS', tool: 'kafkajs', write: kafkajsWrite, read: kafkajsReader(), records: (label) => sampleRecords(label, partitions, recordCount, { binary: true, timestamps: true }).map(groupHeaders) },
];

describe('cross-protocol: third-party Kafka clients and Samsa\'s client on the same logs', () => {
  const cluster = useCluster('cross-protocol');

  for (const client of cases) {
    describeWithTools([client.tool], client.name, () => {
      const toSamsa = `xp-${client.tool}-to-samsa`;
      const fromSamsa = `xp-samsa-to-${client.tool}`;

      beforeAll(async () => {
        await createTopics(cluster(), [{ topic: toSamsa, numPartitions: partitions }, { topic: fromSamsa, numPartitions: partitions }]);
      }, 120_000);

      test(`records ${client.name} writes are read by Samsa's client with the same key, value, headers, timestamp and offset`, async () => {
        const c = cluster();
        const records = client.records(`${client.tool}-written`);
        const deliveries = await client.write(c, toSamsa, records);
        expect(deliveries).toHaveLength(records.length);
        const { expected, actual } = await readBack(records, deliveries, (p, o, n) => samsaRead(c, toSamsa, p, o, n));
        expect(actual).toEqual(expected);
      }, caseTimeoutMs);

      test(`records Samsa's client writes are read by ${client.name} with the same key, value, headers, timestamp and offset`, async () => {
        const c = cluster();
        const records = client.records(`samsa-written-for-${client.tool}`);
        const deliveries = await samsaProduce(c, fromSamsa, records);
        const { expected, actual } = await readBack(records, deliveries, (p, o, n) => client.read(c, fromSamsa, p, o, n));
        expect(actual).toEqual(expected);
      }, caseTimeoutMs);
    });
  }
});
