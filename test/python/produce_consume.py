#!/usr/bin/env python3
"""Produce N records to a one-partition topic and read them back, using samsa_client only.

    python3 produce_consume.py HOST:PORT[,HOST:PORT...] TOPIC N

Creates TOPIC (1 partition, the broker's default replication factor) if needed, produces records
k<i>/v<i> with acks=1, fetches from offset 0 until all N are back, and checks them. Like a real
client it waits for metadata to show a leader and retries retriable errors (a new topic's leader
may not have taken leadership yet: UNKNOWN_TOPIC_OR_PARTITION), within a bound. Prints one JSON
summary line; exit code 0 when every record came back as sent, 1 otherwise.
"""

import json
import socket
import sys
import time

import samsa_client as samsa

RECORDS_PER_BATCH = 500
LEADER_WAIT_S = 30.0
FETCH_WAIT_S = 60.0
# Like Kafka's delivery.timeout.ms: how long one produce or fetch keeps retrying retriable errors.
RETRY_DEADLINE_S = 60.0
RETRY_BACKOFF_S, RETRY_BACKOFF_MAX_S = 0.1, 1.0

# proto/README.md section 7: the retriable codes a produce (acks=1) or fetch can meet, and which of
# them mean the client's view of the leader is stale. Each says nothing was written, so a retry
# cannot duplicate records. A lost connection is retried too, although the produce in flight may
# have been written: the check at the end then reports the duplicate rather than hiding it.
ERROR_REQUEST_TIMED_OUT = 7
REFRESH_METADATA_ERRORS = {
    3: 'UNKNOWN_TOPIC_OR_PARTITION', 5: 'LEADER_NOT_AVAILABLE', 6: 'NOT_LEADER_OR_FOLLOWER',
    9: 'REPLICA_NOT_AVAILABLE', 56: 'KAFKA_STORAGE_ERROR', 74: 'FENCED_LEADER_EPOCH',
}
RETRIABLE_ERRORS = {**REFRESH_METADATA_ERRORS, 19: 'NOT_ENOUGH_REPLICAS', 75: 'UNKNOWN_LEADER_EPOCH'}


def log(message):
    print(message, file=sys.stderr, flush=True)


def connect_any(addresses):
    """Connects to the first bootstrap address that answers, as a client's bootstrap does."""
    errors = []
    for host, port in addresses:
        try:
            return samsa.Connection(host, port)
        except OSError as e:
            errors.append('%s:%d: %s' % (host, port, e))
    raise ConnectionError('no bootstrap address answered: ' + '; '.join(errors))


def find_leader(bootstrap, topic):
    """Polls metadata until partition 0 has a leader; returns (host, port)."""
    deadline = time.monotonic() + LEADER_WAIT_S
    while True:
        metadata = bootstrap.metadata([topic])
        brokers = {b.node_id: (b.host, b.port) for b in metadata.brokers}
        for t in metadata.topics:
            if t.name != topic or t.error_code != 0:
                continue
            for p in t.partitions:
                if p.partition == 0 and p.error_code == 0 and p.leader_id in brokers:
                    return brokers[p.leader_id]
        if time.monotonic() > deadline:
            raise TimeoutError('no leader for %s-0 after %.0f s' % (topic, LEADER_WAIT_S))
        time.sleep(0.2)


class PartitionLeader:
    """A connection to the leader of TOPIC-0 that follows leadership, as a real client does:
    retriable errors are retried with backoff until RETRY_DEADLINE_S, after refreshing
    metadata (and reconnecting) when the error says the leader view is stale."""

    def __init__(self, bootstrap, topic):
        self.bootstrap, self.topic = bootstrap, topic
        self.address = find_leader(bootstrap, topic)
        self.conn = samsa.Connection(*self.address)
        self.retries = 0

    def close(self):
        self.conn.close()

    def _refresh(self):
        address = find_leader(self.bootstrap, self.topic)
        if address != self.address or self.conn is None:
            if self.conn is not None:
                self.conn.close()
            self.address, self.conn = address, samsa.Connection(*address)

    def call(self, what, op):
        deadline = time.monotonic() + RETRY_DEADLINE_S
        backoff = RETRY_BACKOFF_S
        while True:
            try:
                if self.conn is None:
                    self._refresh()
                return op(self.conn)
            except samsa.SamsaError as e:
                if e.code not in RETRIABLE_ERRORS or time.monotonic() + backoff > deadline:
                    raise
                reason, refresh = RETRIABLE_ERRORS[e.code], e.code in REFRESH_METADATA_ERRORS
            except (ConnectionError, socket.timeout) as e:
                # The broker went away mid-request: reconnect to whoever leads now.
                if time.monotonic() + backoff > deadline:
                    raise
                reason, refresh = 'connection lost (%s)' % e, True
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
            self.retries += 1
            log('%s: %s; retrying in %.1f s' % (what, reason, backoff))
            time.sleep(backoff)
            backoff = min(backoff * 2, RETRY_BACKOFF_MAX_S)
            if refresh and self.conn is not None:
                self._refresh()


def create_topic(bootstrap, topic):
    """Creates TOPIC with one partition; returns whether this call created it. REQUEST_TIMED_OUT
    means created, leaders not yet elected (proto/README.md), which find_leader waits for."""
    try:
        return bootstrap.create_topic(topic, num_partitions=1) == 0
    except samsa.SamsaError as e:
        if e.code != ERROR_REQUEST_TIMED_OUT:
            raise
        return True


def produce_all(leader, topic, n):
    """Returns the offset of the first record written (leader: a PartitionLeader)."""
    now_ms = int(time.time() * 1000)
    first_offset = None
    for start in range(0, n, RECORDS_PER_BATCH):
        records = [{'key': 'k%d' % i, 'value': 'v%d' % i, 'timestamp': now_ms}
                   for i in range(start, min(n, start + RECORDS_PER_BATCH))]
        batch = samsa.encode_batch(records)
        base_offset = leader.call('produce', lambda conn: conn.produce(topic, 0, batch, acks=1))
        first_offset = base_offset if first_offset is None else first_offset
    return first_offset


def fetch_all(leader, topic, first_offset, n):
    """Fetches from offset 0 and keeps the n records from first_offset on (0 on a new topic)."""
    records = []
    deadline = time.monotonic() + FETCH_WAIT_S
    offset = 0
    while len(records) < n and time.monotonic() < deadline:
        _hw, data = leader.call('fetch', lambda conn: conn.fetch(topic, 0, offset))
        # A fetch returns whole batches, so the first may start before the offset asked for.
        fetched = [r for r in samsa.decode_batches(data) if r[0] >= offset]
        if fetched:
            offset = fetched[-1][0] + 1
        records.extend(r for r in fetched if r[0] >= first_offset)
    return records[:n]


def main(argv):
    if len(argv) != 4:
        sys.exit('usage: produce_consume.py HOST:PORT[,HOST:PORT...] TOPIC N')
    addresses = [(a.rsplit(':', 1)[0], int(a.rsplit(':', 1)[1])) for a in argv[1].split(',')]
    topic, n = argv[2], int(argv[3])
    started = time.monotonic()
    bootstrap = connect_any(addresses)
    versions = bootstrap.api_versions()
    created = create_topic(bootstrap, topic)
    leader = PartitionLeader(bootstrap, topic)
    first_offset = produce_all(leader, topic, n)
    records = fetch_all(leader, topic, first_offset, n)
    expected = [(first_offset + i, ('k%d' % i).encode(), ('v%d' % i).encode()) for i in range(n)]
    ok = records == expected
    print(json.dumps({
        'ok': ok, 'topic': topic, 'created': created, 'produced': n, 'fetched': len(records),
        'firstOffset': first_offset,
        'apiKeys': len(versions.api_keys), 'leader': '%s:%d' % leader.address, 'retries': leader.retries,
        'elapsedMs': int((time.monotonic() - started) * 1000),
    }))
    bootstrap.close()
    leader.close()
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
