"""One consumer-group member on the Kafka listener, through confluent-kafka-python (librdkafka).

Usage: groups_member.py BOOTSTRAP GROUP TOPIC CLIENT_ID ASSIGNOR [GROUP_INSTANCE_ID]

With a group instance id the member is static (KIP-345): closing it sends no LeaveGroup.

The test drives it with one JSON command per stdin line and reads one JSON event per stdout line:
  {"cmd": "commit", "offsets": {"0": 5}}     -> {"event": "commit", "offsets": {...}, "errors": {...}}
  {"cmd": "committed", "partitions": [0]}    -> {"event": "committed", "offsets": {"0": 5, ...}} (default: assigned ones)
  {"cmd": "consume", "count": N}             -> {"event": "records", "records": [[partition, offset, value], ...]}
                                                (the next N records read, in the order read)
  {"cmd": "close"}                           -> LeaveGroup, {"event": "closed"}, exit 0
and reports {"event": "assigned"|"revoked", "partitions": [...]} as the group rebalances. Offsets are
committed only when told to (enable.auto.commit=false). A closed stdin closes the member too.
"""
import collections
import json
import os
import queue
import sys
import threading

from confluent_kafka import Consumer, KafkaException, TopicPartition

COMMIT_TIMEOUT_S = 30
POLL_INTERVAL_S = 0.1
# Records read but not yet asked for; a test that lets more pile up than this has lost track.
UNREAD_RECORDS_MAX = 100_000


def emit(event, **fields):
    print(json.dumps(dict(event=event, **fields)), flush=True)


def read_commands(commands):
    for line in sys.stdin:
        if line.strip():
            commands.put(json.loads(line))
    commands.put({"cmd": "close"})


def main():
    bootstrap, group, topic, client_id, assignor = sys.argv[1:6]
    instance_id = sys.argv[6] if len(sys.argv) > 6 else None
    conf = {
        "bootstrap.servers": bootstrap,
        "group.id": group,
        "client.id": client_id,
        "partition.assignment.strategy": assignor,
        "session.timeout.ms": 6000,
        "heartbeat.interval.ms": 1000,
        "enable.auto.commit": False,
        "auto.offset.reset": "earliest",
        "error_cb": lambda err: emit("error", error=str(err)),
    }
    if instance_id:
        conf["group.instance.id"] = instance_id
    # librdkafka's own trace on stderr when diagnosing (e.g. RDKAFKA_DEBUG=cgrp,fetch,protocol).
    if os.environ.get("RDKAFKA_DEBUG"):
        conf["debug"] = os.environ["RDKAFKA_DEBUG"]
    consumer = Consumer(conf)

    def on_assign(_consumer, partitions):
        emit("assigned", partitions=sorted(p.partition for p in partitions))

    def on_revoke(_consumer, partitions):
        emit("revoked", partitions=sorted(p.partition for p in partitions))

    consumer.subscribe([topic], on_assign=on_assign, on_revoke=on_revoke)
    commands = queue.Queue()
    threading.Thread(target=read_commands, args=(commands,), daemon=True).start()
    wanted = 0
    # Every record read, in order, until a consume command takes it: records polled before the
    # command arrives are kept, not lost.
    unread = collections.deque()
    while True:
        try:
            cmd = commands.get_nowait()
        except queue.Empty:
            cmd = None
        if cmd is not None:
            kind = cmd["cmd"]
            if kind == "close":
                consumer.close()
                emit("closed")
                return
            if kind == "commit":
                offsets = [TopicPartition(topic, int(p), o) for p, o in cmd["offsets"].items()]
                try:
                    result = consumer.commit(offsets=offsets, asynchronous=False)
                    errors = {str(tp.partition): str(tp.error) for tp in result if tp.error is not None}
                    emit("commit", offsets=cmd["offsets"], errors=errors)
                except KafkaException as e:
                    emit("commit", offsets=cmd["offsets"], errors={"all": str(e)})
            elif kind == "committed":
                asked = [TopicPartition(topic, p) for p in cmd.get("partitions", [])] or consumer.assignment()
                result = consumer.committed(asked, timeout=COMMIT_TIMEOUT_S)
                emit("committed", offsets={str(tp.partition): tp.offset for tp in result})
            elif kind == "consume":
                wanted = cmd["count"]
        msg = consumer.poll(POLL_INTERVAL_S)
        if msg is not None:
            if msg.error():
                emit("error", error=str(msg.error()))
            elif len(unread) == UNREAD_RECORDS_MAX:
                emit("error", error="more than %d records read and not asked for" % UNREAD_RECORDS_MAX)
            else:
                unread.append([msg.partition(), msg.offset(), msg.value().decode()])
        if wanted > 0 and len(unread) >= wanted:
            emit("records", records=[unread.popleft() for _ in range(wanted)])
            wanted = 0

if __name__ == "__main__":
    main()
