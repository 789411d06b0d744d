"""Kafka-protocol load for bench/kafka-protocol-bench.ts: confluent-kafka-python (librdkafka),
the fastest Kafka client on Debian, against Samsa's KAFKA listener.

  kafka_protocol_perf.py produce <bootstrap> <topic> <records> <record_bytes> <partitions>
  kafka_protocol_perf.py consume <bootstrap> <topic> <records>

produce: acks=all, linger.ms=5, no compression, values of record_bytes bytes, no key, spread
round robin over the partitions; waits for every delivery report.
consume: reads <records> records from the beginning of every partition (assign, no group).
Each prints one JSON line: records, bytes, seconds, errors. Bounded by DEADLINE_S.
"""
import json
import sys
import time

from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

DEADLINE_S = 600
QUEUE_FULL_BACKOFF_S = 0.005
CONSUME_BATCH = 10000


def produce(bootstrap, topic, records, record_bytes, partitions):
    records, record_bytes, partitions = int(records), int(record_bytes), int(partitions)
    producer = Producer({'bootstrap.servers': bootstrap, 'acks': 'all', 'linger.ms': 5, 'compression.type': 'none',
                         'batch.size': 1000000, 'queue.buffering.max.messages': 1000000,
                         'queue.buffering.max.kbytes': 1048576})
    stats = {'delivered': 0, 'errors': 0, 'first_error': None}

    def on_delivery(err, _msg):
        if err is None:
            stats['delivered'] += 1
        else:
            stats['errors'] += 1
            stats['first_error'] = stats['first_error'] or str(err)

    payload = b'a' * record_bytes
    deadline = time.time() + DEADLINE_S
    started = time.time()
    n = 0
    while n < records and time.time() < deadline:
        try:
            producer.produce(topic, value=payload, partition=n % partitions, on_delivery=on_delivery)
            n += 1
        except BufferError:
            producer.poll(QUEUE_FULL_BACKOFF_S)
        if n % 1000 == 0:
            producer.poll(0)
    left = producer.flush(max(1, deadline - time.time()))
    seconds = time.time() - started
    print(json.dumps({'records': stats['delivered'], 'bytes': stats['delivered'] * record_bytes, 'seconds': seconds,
                      'errors': stats['errors'] + left + (records - n), 'first_error': stats['first_error']}))


def consume(bootstrap, topic, records):
    records = int(records)
    consumer = Consumer({'bootstrap.servers': bootstrap, 'group.id': f'kafka-protocol-bench-{time.time()}',
                         'enable.auto.commit': False, 'fetch.max.bytes': 52428800,
                         'max.partition.fetch.bytes': 1048576})
    partitions = consumer.list_topics(topic, timeout=30).topics[topic].partitions
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
    count = 0
    size = 0
    errors = 0
    # From the assignment on, as consumer-perf.ts times from its seek.
    started = time.time()
    deadline = time.time() + DEADLINE_S
    while count < records and time.time() < deadline:
        for m in consumer.consume(CONSUME_BATCH, 1.0):
            if m.error():
                errors += 1
                continue
            count += 1
            size += len(m.value() or b'')
    seconds = time.time() - started
    consumer.close()
    print(json.dumps({'records': count, 'bytes': size, 'seconds': seconds, 'errors': errors + max(0, records - count)}))


def main():
    commands = {'produce': produce, 'consume': consume}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.stderr.write(__doc__)
        sys.exit(2)
    commands[sys.argv[1]](*sys.argv[2:])


if __name__ == '__main__':
    main()
