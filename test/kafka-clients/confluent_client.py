"""confluent-kafka-python (librdkafka; Debian python3-confluent-kafka) against Samsa's KAFKA listener.

  produce <bootstrap> <topic>                    records on stdin (wire_records.py); idempotent,
                                                 acks=all; prints each delivery (partition, offset)
  consume <bootstrap> <topic> <partition> <offset> <count>
  group   <bootstrap> <topic> <group> <count>    a group member: reads count records, commits
                                                 them synchronously, prints them and the commits
DEBUG=<librdkafka debug contexts> (e.g. protocol,msg) traces what the client sends, on stderr.
CLIENT_CONFIG=<JSON object of librdkafka properties> is applied last, e.g. security.protocol,
sasl.mechanisms, sasl.username, sasl.password and ssl.ca.location for a SASL_SSL listener.
Every step is bounded by DEADLINE_S; the script exits 1 with what it has when time runs out.
"""
import json
import os
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition

from wire_records import emit, fail, from_hex, header_list, read_record, read_records, run_command

DEADLINE_S = 60
POLL_S = 0.5


def client_config(bootstrap, **extra):
    config = {'bootstrap.servers': bootstrap, 'socket.timeout.ms': 30000}
    if os.environ.get('DEBUG'):
        config['debug'] = os.environ['DEBUG']
    config.update(extra)
    config.update(json.loads(os.environ.get('CLIENT_CONFIG') or '{}'))
    return config


def produce(bootstrap, topic):
    records = read_records(sys.stdin)
    producer = Producer(client_config(bootstrap, **{'enable.idempotence': True, 'acks': 'all', 'linger.ms': 5,
                                                    'message.timeout.ms': DEADLINE_S * 1000}))
    deliveries = [None] * len(records)
    errors = []

    def on_delivery(index):
        def report(err, msg):
            if err is not None:
                errors.append(f'record {index}: {err}')
            else:
                deliveries[index] = {'partition': msg.partition(), 'offset': msg.offset()}
        return report

    for i, r in enumerate(records):
        kwargs = {'partition': r['partition'], 'key': from_hex(r.get('key')), 'value': from_hex(r.get('value')),
                  'headers': header_list(r), 'on_delivery': on_delivery(i)}
        if r.get('timestamp') is not None:
            kwargs['timestamp'] = r['timestamp']
        producer.produce(topic, **kwargs)
    left = producer.flush(DEADLINE_S)
    for d in deliveries:
        if d is not None:
            emit(d)
    if left or errors or None in deliveries:
        fail(f'{left} records undelivered after {DEADLINE_S} s; errors: {errors[:10]}')


def emit_message(m):
    timestamp_type, timestamp = m.timestamp()
    emit(read_record(m.topic(), m.partition(), m.offset(), timestamp, m.key(), m.value(), m.headers()))


def poll_records(consumer, count, on_message):
    seen = 0
    deadline = time.time() + DEADLINE_S
    while seen < count and time.time() < deadline:
        m = consumer.poll(POLL_S)
        if m is None:
            continue
        if m.error():
            sys.stderr.write(f'consumer error: {m.error()}\n')
            continue
        on_message(m)
        seen += 1
    return seen


def consume(bootstrap, topic, partition, offset, count):
    consumer = Consumer(client_config(bootstrap, **{'group.id': 'unused-assign-only', 'enable.auto.commit': False}))
    consumer.assign([TopicPartition(topic, int(partition), int(offset))])
    seen = poll_records(consumer, int(count), emit_message)
    consumer.close()
    if seen < int(count):
        fail(f'read {seen} of {count} records of {topic}-{partition} from offset {offset} in {DEADLINE_S} s')


def group(bootstrap, topic, group_id, count):
    consumer = Consumer(client_config(bootstrap, **{'group.id': group_id, 'enable.auto.commit': False,
                                                    'auto.offset.reset': 'earliest'}))
    consumer.subscribe([topic])

    def on_message(m):
        emit_message(m)
        consumer.commit(message=m, asynchronous=False)

    seen = poll_records(consumer, int(count), on_message)
    for tp in consumer.committed(consumer.assignment(), timeout=10):
        emit({'committed': {'topic': tp.topic, 'partition': tp.partition, 'offset': tp.offset}})
    consumer.close()
    if seen < int(count):
        fail(f'group {group_id} read {seen} of {count} records of {topic} in {DEADLINE_S} s')


def main():
    run_command({'produce': produce, 'consume': consume, 'group': group}, __doc__)


if __name__ == '__main__':
    main()
