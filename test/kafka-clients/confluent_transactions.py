"""Transactions with confluent-kafka-python (librdkafka) against Samsa's KAFKA listener.

  produce <bootstrap> <topic> <partitions> <txn-id>
      one committed transaction ("commit-<i>"), one aborted ("abort-<i>"), one more committed
      ("commit2-<i>"), each with a record on every partition; prints {"step": ..., "ok": true}
  read <bootstrap> <topic> <partitions> <isolation>
      reads every partition from the beginning to its end (read_committed stops at the last stable
      offset); prints every record
  copy <bootstrap> <input> <output> <group> <txn-id> <count>
      consume-transform-produce: reads <count> records of <input> as group member, writes
      "copy:<value>" to the same partition of <output> and commits the input offsets in the same
      transaction (send_offsets_to_transaction); prints the committed transactions
  fence <bootstrap> <topic> <txn-id>
      two producers with one transactional id: the first begins a transaction and writes, the
      second initializes, the first's commit must fail as fenced; prints the error it got
Every step is bounded by DEADLINE_S; the script exits 1 with what it has when time runs out.
"""
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition

from confluent_client import client_config
from wire_records import emit, fail, read_record, run_command

DEADLINE_S = 60
POLL_S = 0.5


def txn_producer(bootstrap, txn_id):
    producer = Producer(client_config(bootstrap, **{'transactional.id': txn_id, 'transaction.timeout.ms': 60000,
                                                    'linger.ms': 5, 'message.timeout.ms': DEADLINE_S * 1000}))
    producer.init_transactions(DEADLINE_S)
    return producer


def produce(bootstrap, topic, partitions, txn_id):
    partitions = int(partitions)
    producer = txn_producer(bootstrap, txn_id)
    for step, commit in (('commit', True), ('abort', False), ('commit2', True)):
        producer.begin_transaction()
        for p in range(partitions):
            producer.produce(topic, partition=p, key=f'{step}-key-{p}'.encode(), value=f'{step}-{p}'.encode())
        if commit:
            producer.commit_transaction(DEADLINE_S)
        else:
            producer.flush(DEADLINE_S)
            producer.abort_transaction(DEADLINE_S)
        emit({'step': step, 'ok': True})


def read(bootstrap, topic, partitions, isolation):
    partitions = int(partitions)
    consumer = Consumer(client_config(bootstrap, **{'group.id': f'read-{time.time()}', 'enable.auto.commit': False,
                                                    'isolation.level': isolation, 'enable.partition.eof': True,
                                                    'auto.offset.reset': 'earliest'}))
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    at_end = set()
    deadline = time.time() + DEADLINE_S
    while len(at_end) < partitions:
        if time.time() > deadline:
            fail(f'read did not reach the end of {partitions - len(at_end)} partitions in {DEADLINE_S} s')
        m = consumer.poll(POLL_S)
        if m is None:
            continue
        if m.error():
            if m.error().code() == KafkaError._PARTITION_EOF:
                at_end.add(m.partition())
                continue
            fail(f'consume error: {m.error()}')
        at_end.discard(m.partition())
        emit(read_record(m.topic(), m.partition(), m.offset(), m.timestamp()[1], m.key(), m.value(), m.headers()))
    consumer.close()


def copy(bootstrap, input_topic, output_topic, group, txn_id, count):
    count = int(count)
    producer = txn_producer(bootstrap, txn_id)
    consumer = Consumer(client_config(bootstrap, **{'group.id': group, 'enable.auto.commit': False,
                                                    'isolation.level': 'read_committed', 'auto.offset.reset': 'earliest',
                                                    'session.timeout.ms': 10000}))
    consumer.subscribe([input_topic])
    copied = 0
    deadline = time.time() + DEADLINE_S
    while copied < count:
        if time.time() > deadline:
            fail(f'copied {copied} of {count} records in {DEADLINE_S} s')
        messages = consumer.consume(num_messages=100, timeout=POLL_S)
        messages = [m for m in messages if m.error() is None]
        if not messages:
            continue
        producer.begin_transaction()
        for m in messages:
            producer.produce(output_topic, partition=m.partition(), key=m.key(), value=b'copy:' + m.value())
        positions = consumer.position(consumer.assignment())
        producer.send_offsets_to_transaction(positions, consumer.consumer_group_metadata(), DEADLINE_S)
        producer.commit_transaction(DEADLINE_S)
        copied += len(messages)
        emit({'committed': len(messages), 'offsets': sorted([tp.partition, tp.offset] for tp in positions)})
    consumer.close()


def fence(bootstrap, topic, txn_id):
    first = txn_producer(bootstrap, txn_id)
    first.begin_transaction()
    first.produce(topic, partition=0, value=b'zombie')
    first.flush(DEADLINE_S)
    second = txn_producer(bootstrap, txn_id)
    try:
        first.commit_transaction(DEADLINE_S)
    except KafkaException as e:
        err = e.args[0]
        emit({'fenced': True, 'code': err.name(), 'fatal': err.fatal()})
    else:
        emit({'fenced': False})
    second.begin_transaction()
    second.produce(topic, partition=0, value=b'successor')
    second.commit_transaction(DEADLINE_S)
    emit({'successor': 'committed'})


if __name__ == '__main__':
    run_command({'produce': produce, 'read': read, 'copy': copy, 'fence': fence},
                'usage: confluent_transactions.py produce|read|copy|fence ...')
