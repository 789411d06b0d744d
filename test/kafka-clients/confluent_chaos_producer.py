"""An idempotent librdkafka producer for the chaos suite (test/chaos/kafka-idempotent-producer.test.ts).

  confluent_chaos_producer.py <bootstrap> <topic> <partitions> <prefix> <records_per_s>

Writes unique values <prefix>-<partition>-<n>, round robin over the partitions, with
enable.idempotence=true and acks=all, until stdin closes; then flushes (bounded) and exits.
Every send's outcome is one JSON line on stdout, in delivery-report order (which is
acknowledgement order per partition):
  {"value": ..., "partition": p, "outcome": "ok", "offset": o}
  {"value": ..., "partition": p, "outcome": "info", "error": "..."}   may or may not be written
A fatal idempotence error (librdkafka raises one on a sequence gap it cannot repair) prints
{"fatal": "..."} and exits 3: the suite reports it.
"""
import json
import os
import sys
import threading
import time

from confluent_kafka import KafkaError, Producer

FLUSH_TIMEOUT_S = 90
# A record not acknowledged within this is reported failed ('info': it may still have been written).
MESSAGE_TIMEOUT_MS = 60000
QUEUE_FULL_BACKOFF_S = 0.05


def emit(obj):
    sys.stdout.write(json.dumps(obj) + '\n')
    sys.stdout.flush()


def main():
    bootstrap, topic, partitions, prefix, rate = sys.argv[1:6]
    partitions, rate = int(partitions), float(rate)
    stop = threading.Event()
    fatal = []

    def watch_stdin():
        sys.stdin.read()
        stop.set()

    def on_error(err):
        if err.fatal():
            fatal.append(str(err))
            stop.set()
        else:
            sys.stderr.write(f'client error: {err}\n')

    config = {
        'bootstrap.servers': bootstrap, 'enable.idempotence': True, 'acks': 'all', 'linger.ms': 5,
        'compression.type': 'none', 'message.timeout.ms': MESSAGE_TIMEOUT_MS, 'error_cb': on_error,
        'topic.metadata.refresh.interval.ms': 2000, 'reconnect.backoff.max.ms': 1000,
    }
    if os.environ.get('DEBUG'):
        config['debug'] = os.environ['DEBUG']
    producer = Producer(config)
    pending = {}

    def on_delivery(err, msg):
        value = msg.value().decode()
        pending.pop(value, None)
        if err is None:
            emit({'value': value, 'partition': msg.partition(), 'outcome': 'ok', 'offset': msg.offset()})
        else:
            emit({'value': value, 'partition': msg.partition(), 'outcome': 'info', 'error': str(err)})
            if err.code() == KafkaError._FATAL:
                fatal.append(str(err))

    threading.Thread(target=watch_stdin, daemon=True).start()
    started = time.time()
    n = 0
    while not stop.is_set():
        partition = n % partitions
        value = f'{prefix}-{partition}-{n // partitions}'
        try:
            producer.produce(topic, value=value.encode(), partition=partition, on_delivery=on_delivery)
            pending[value] = partition
            n += 1
        except BufferError:
            producer.poll(QUEUE_FULL_BACKOFF_S)
            continue
        producer.poll(0)
        ahead = n / rate - (time.time() - started)
        if ahead > 0:
            time.sleep(min(ahead, 0.1))
    left = producer.flush(FLUSH_TIMEOUT_S)
    for value, partition in list(pending.items()):
        emit({'value': value, 'partition': partition, 'outcome': 'info', 'error': f'no delivery report within {FLUSH_TIMEOUT_S} s'})
    if fatal:
        emit({'fatal': '; '.join(fatal)})
        sys.exit(3)
    sys.stderr.write(f'produced {n}, {left} undelivered at exit\n')


if __name__ == '__main__':
    main()
