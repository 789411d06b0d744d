#!/usr/bin/env python3
"""Produce N records to a one-partition topic and read them back, using samsa_client only.

    python3 produce_consume.py HOST:PORT TOPIC N

Creates TOPIC (1 partition) if needed, produces records k<i>/v<i> with acks=1, fetches from
offset 0 until all N are back, and checks them. Prints one JSON summary line; exit code 0 when
every record came back as sent, 1 otherwise.
"""

import json
import sys
import time

import samsa_client as samsa

RECORDS_PER_BATCH = 500
LEADER_WAIT_S = 30.0
FETCH_WAIT_S = 60.0
ERROR_LEADER_NOT_AVAILABLE, ERROR_NOT_LEADER_OR_FOLLOWER, ERROR_UNKNOWN_TOPIC_OR_PARTITION = 5, 6, 3
RETRIABLE_METADATA_ERRORS = (ERROR_LEADER_NOT_AVAILABLE, ERROR_NOT_LEADER_OR_FOLLOWER, ERROR_UNKNOWN_TOPIC_OR_PARTITION)


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


def produce_all(leader, topic, n):
    """Returns the offset of the first record written."""
    now_ms = int(time.time() * 1000)
    first_offset = None
    for start in range(0, n, RECORDS_PER_BATCH):
        records = [{'key': 'k%d' % i, 'value': 'v%d' % i, 'timestamp': now_ms}
                   for i in range(start, min(n, start + RECORDS_PER_BATCH))]
        base_offset = leader.produce(topic, 0, samsa.encode_batch(records), acks=1)
        first_offset = base_offset if first_offset is None else first_offset
    return first_offset


def fetch_all(leader, topic, first_offset, n):
    """Fetches from offset 0 and keeps the n records from first_offset on (0 on a new topic)."""
    records = []
    deadline = time.monotonic() + FETCH_WAIT_S
    offset = 0
    while len(records) < n and time.monotonic() < deadline:
        _hw, data = leader.fetch(topic, 0, offset)
        # A fetch returns whole batches, so the first may start before the offset asked for.
        fetched = [r for r in samsa.decode_batches(data) if r[0] >= offset]
        if fetched:
            offset = fetched[-1][0] + 1
        records.extend(r for r in fetched if r[0] >= first_offset)
    return records[:n]


def main(argv):
    if len(argv) != 4:
        sys.exit('usage: produce_consume.py HOST:PORT TOPIC N')
    # A comma-separated bootstrap list is accepted; the first address is enough to start.
    host, port = argv[1].split(',')[0].rsplit(':', 1)
    topic, n = argv[2], int(argv[3])
    started = time.monotonic()
    bootstrap = samsa.Connection(host, int(port))
    versions = bootstrap.api_versions()
    created = bootstrap.create_topic(topic, num_partitions=1) == 0
    leader_address = find_leader(bootstrap, topic)
    leader = samsa.Connection(*leader_address)
    first_offset = produce_all(leader, topic, n)
    records = fetch_all(leader, topic, first_offset, n)
    expected = [(first_offset + i, ('k%d' % i).encode(), ('v%d' % i).encode()) for i in range(n)]
    ok = records == expected
    print(json.dumps({
        'ok': ok, 'topic': topic, 'created': created, 'produced': n, 'fetched': len(records),
        'firstOffset': first_offset,
        'apiKeys': len(versions.api_keys), 'leader': '%s:%d' % leader_address,
        'elapsedMs': int((time.monotonic() - started) * 1000),
    }))
    bootstrap.close()
    leader.close()
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
