"""kafka-python (Debian python3-kafka) against Samsa's KAFKA listener.

  produce <bootstrap> <topic>                    records on stdin (wire_records.py); acks=all
  consume <bootstrap> <topic> <partition> <offset> <count>
  group   <bootstrap> <topic> <group> <count>    a group member: reads count records, commits
                                                 them synchronously, prints them and the commits
Every step is bounded by DEADLINE_S; the script exits 1 with what it has when time runs out.
"""
import logging
import sys
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.structs import OffsetAndMetadata

from wire_records import emit, fail, from_hex, header_list, read_record, read_records, run_command

DEADLINE_S = 60
SEND_TIMEOUT_S = 30
POLL_MS = 500


def produce(bootstrap, topic):
    records = read_records(sys.stdin)
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks='all', retries=5, linger_ms=5,
                             request_timeout_ms=SEND_TIMEOUT_S * 1000, max_block_ms=SEND_TIMEOUT_S * 1000)
    futures = [producer.send(topic, partition=r['partition'], key=from_hex(r.get('key')), value=from_hex(r.get('value')),
                             headers=header_list(r), timestamp_ms=r.get('timestamp')) for r in records]
    producer.flush(timeout=SEND_TIMEOUT_S)
    for f in futures:
        meta = f.get(timeout=SEND_TIMEOUT_S)
        emit({'partition': meta.partition, 'offset': meta.offset})
    producer.close(timeout=10)


def emit_message(m):
    emit(read_record(m.topic, m.partition, m.offset, m.timestamp, m.key, m.value, m.headers))


def consume(bootstrap, topic, partition, offset, count):
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=POLL_MS)
    tp = TopicPartition(topic, int(partition))
    consumer.assign([tp])
    consumer.seek(tp, int(offset))
    seen = 0
    deadline = time.time() + DEADLINE_S
    while seen < int(count) and time.time() < deadline:
        for batch in consumer.poll(timeout_ms=POLL_MS).values():
            for m in batch:
                if seen < int(count):
                    emit_message(m)
                    seen += 1
    consumer.close()
    if seen < int(count):
        fail(f'read {seen} of {count} records of {topic}-{partition} from offset {offset} in {DEADLINE_S} s')


def group(bootstrap, topic, group_id, count):
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False,
                             auto_offset_reset='earliest')
    seen = 0
    deadline = time.time() + DEADLINE_S
    while seen < int(count) and time.time() < deadline:
        polled = consumer.poll(timeout_ms=POLL_MS)
        for batch in polled.values():
            for m in batch:
                emit_message(m)
                seen += 1
        if polled:
            consumer.commit()
    for tp in sorted(consumer.assignment()):
        emit({'committed': {'topic': tp.topic, 'partition': tp.partition, 'offset': consumer.committed(tp)}})
    consumer.close(autocommit=False)
    if seen < int(count):
        fail(f'group {group_id} read {seen} of {count} records of {topic} in {DEADLINE_S} s')


def main():
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    run_command({'produce': produce, 'consume': consume, 'group': group}, __doc__)


if __name__ == '__main__':
    main()
